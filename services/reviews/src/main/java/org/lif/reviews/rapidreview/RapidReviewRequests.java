package org.lif.reviews.rapidreview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lif.reviews.recommendation.RecommendationRequests;
import org.lif.reviews.review.Decision;
import org.lif.reviews.review.ReviewRequests;
import org.lif.reviews.review.ReviewType;

import java.time.LocalDate;
import java.util.List;

/** What clients send as a rapid review moves on. */
public final class RapidReviewRequests {

    private RapidReviewRequests() {
    }

    public record RecordMeeting(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate heldOn,
            @Size(max = 30, message = "at most 30 agencies")
            List<@NotNull(message = "must not be null") @Pattern(regexp = ReviewRequests.AGENCY_PATTERN, message = ReviewRequests.AGENCY_MESSAGE) String> agencies,
            @Size(max = 8000, message = "must be at most 8000 characters") String notes) {
    }

    /**
     * @param followUpType for OTHER_LOCAL_REVIEW: MULTI_AGENCY_CASE_REVIEW, INDIVIDUAL_AGENCY_REVIEW or
     *                     CHILD_DEATH_REVIEW_LEARNING; otherwise leave it out
     */
    public record RecordOutcome(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate decidedOn,
            @NotBlank(message = "is required") @Size(max = 8000, message = "must be at most 8000 characters") String immediateLearning,
            @Size(max = 20, message = "at most 20 immediate actions")
            List<RecommendationRequests.@NotNull(message = "must not be null") @Valid Draft> immediateActions,
            @NotNull(message = "is required") Decision decision,
            @NotBlank(message = "is required") @Size(max = 8000, message = "must be at most 8000 characters") String reasons,
            ReviewType followUpType,
            @Size(max = 20, message = "at most 20 themes")
            List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> themes) {
    }

    public record SignOff(
            @NotNull(message = "is required") PartnerType partner,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String signatory,
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate signedOn,
            @Size(max = 4000, message = "must be at most 4000 characters") String comment) {
    }

    public record SubmitToPanel(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate submittedOn) {
    }

    public record PanelResponse(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate receivedOn,
            @NotBlank(message = "is required") @Size(max = 8000, message = "must be at most 8000 characters") String response,
            @NotNull(message = "is required (true or false)") Boolean agreesWithDecision) {
    }
}
