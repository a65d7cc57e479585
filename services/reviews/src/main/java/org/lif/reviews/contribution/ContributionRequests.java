package org.lif.reviews.contribution;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lif.reviews.review.ReviewRequests;

import java.time.LocalDate;

/** What clients send to ask an agency for information and to contribute it. */
public final class ContributionRequests {

    private ContributionRequests() {
    }

    public record RequestInformation(
            @NotNull(message = "is required") @Pattern(regexp = ReviewRequests.AGENCY_PATTERN, message = ReviewRequests.AGENCY_MESSAGE) String agency,
            @NotNull(message = "is required") @FutureOrPresent(message = "must not be in the past") LocalDate dueOn,
            @Size(max = 2000, message = "must be at most 2000 characters") String note) {
    }

    /** Pseudonyms only: refer to the child as in the notification ("Child T"). */
    public record Contribute(
            @NotBlank(message = "is required") @Size(max = 20000, message = "must be at most 20000 characters") String chronology,
            @NotBlank(message = "is required") @Size(max = 8000, message = "must be at most 8000 characters") String summary) {
    }
}
