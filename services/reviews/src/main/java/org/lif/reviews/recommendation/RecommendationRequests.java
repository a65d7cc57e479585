package org.lif.reviews.recommendation;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lif.reviews.review.ReviewRequests;

import java.time.LocalDate;
import java.util.List;

/** What clients send to draft a recommendation (or an immediate action of a rapid review). */
public final class RecommendationRequests {

    private RecommendationRequests() {
    }

    public record Draft(
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String text,
            @NotEmpty(message = "must name at least one agency") @Size(max = 30, message = "at most 30 agencies")
            List<@NotNull(message = "must not be null") @Pattern(regexp = ReviewRequests.AGENCY_PATTERN, message = ReviewRequests.AGENCY_MESSAGE) String> targetAgencies,
            @Size(max = 20, message = "at most 20 themes")
            List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> themes,
            @FutureOrPresent(message = "must not be in the past") LocalDate suggestedDueOn) {
    }
}
