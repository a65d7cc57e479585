package org.lif.reviews.conduct;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lif.reviews.review.ReviewRequests;

import java.time.LocalDate;
import java.util.List;

/** What clients send while a review is carried out. */
public final class ConductRequests {

    private ConductRequests() {
    }

    /**
     * @param username the reviewer's login (preferred_username of their independent-reviewer token)
     */
    public record AppointReviewer(
            @NotNull(message = "is required") @Pattern(regexp = "^[A-Za-z0-9._@-]{1,200}$", message = "must be the reviewer's username") String username,
            @NotNull(message = "is required") @AssertTrue(message = "the reviewer must declare they are independent of the case") Boolean declaredIndependent,
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String independenceDeclaration,
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate appointedOn) {
    }

    public record TermsOfReference(
            @NotBlank(message = "is required") @Size(max = 20000, message = "must be at most 20000 characters") String termsOfReference,
            @NotBlank(message = "is required") @Size(max = 8000, message = "must be at most 8000 characters") String methodology) {
    }

    public record RecordInvolvement(
            @NotNull(message = "is required") Involvement.Participant participant,
            @NotNull(message = "is required") @Pattern(regexp = "^[A-Za-z][A-Za-z ,'()/-]{0,99}$", message = "must be a role such as 'health visitor' or 'mother' (letters only, no names)") String role,
            @Pattern(regexp = ReviewRequests.AGENCY_PATTERN, message = ReviewRequests.AGENCY_MESSAGE) String agency,
            @NotNull(message = "is required") Involvement.Outcome outcome,
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate recordedOn) {
    }

    public record Report(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters") String version,
            @NotNull(message = "is required") @Pattern(regexp = "^https?://\\S{1,1990}$", message = "must be an http(s) link to the document") String documentUrl,
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate receivedOn) {
    }

    public record RecordFinding(
            @NotBlank(message = "is required") @Size(max = 8000, message = "must be at most 8000 characters") String text,
            @Size(max = 20, message = "at most 20 themes")
            List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> themes) {
    }
}
