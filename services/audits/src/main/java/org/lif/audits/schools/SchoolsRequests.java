package org.lif.audits.schools;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.lif.audits.common.Inputs;
import org.lif.audits.common.Rag;

import java.time.LocalDate;
import java.util.List;

/** What clients send about schools audits. */
public final class SchoolsRequests {

    private SchoolsRequests() {
    }

    public record OpenWindow(
            @NotNull(message = "is required") @Pattern(regexp = "^\\d{4}-\\d{2}$", message = "must be an academic year such as 2025-26") String academicYear,
            @NotNull(message = "is required") LocalDate opensOn,
            @NotNull(message = "is required") LocalDate closesOn,
            @Size(max = 500, message = "at most 500 schools")
            List<@NotNull(message = "must not be null") @Pattern(regexp = Inputs.AGENCY_PATTERN, message = Inputs.AGENCY_MESSAGE) String> schools) {
    }

    public record AnswerInput(
            @NotBlank(message = "is required") @Pattern(regexp = Inputs.CODE_PATTERN, message = Inputs.CODE_MESSAGE) String standard,
            Rag selfRating,
            @Size(max = 8000, message = "must be at most 8000 characters") String narrative) {
    }

    public record SaveReturn(
            @NotNull(message = "is required") @Size(max = 40, message = "at most 40 answers")
            List<@NotNull(message = "must not be null") @Valid AnswerInput> answers,
            @Size(max = 200, message = "must be at most 200 characters") String leadName) {
    }

    /** The governor's sign-off that comes with the submission. */
    public record Submit(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String governorName,
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate governorSignedOn) {
    }

    public record RatingInput(
            @NotBlank(message = "is required") @Pattern(regexp = Inputs.CODE_PATTERN, message = Inputs.CODE_MESSAGE) String standard,
            @NotNull(message = "is required") Rag rating) {
    }

    /** A follow-up visit: the ratings it found (validating or changing the school's own). */
    public record Visit(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate visitedOn,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String visitedBy,
            @Size(max = 8000, message = "must be at most 8000 characters") String notes,
            @Size(max = 40, message = "at most 40 ratings")
            List<@NotNull(message = "must not be null") @Valid RatingInput> ratings) {
    }
}
