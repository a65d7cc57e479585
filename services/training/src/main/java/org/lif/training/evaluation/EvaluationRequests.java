package org.lif.training.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public final class EvaluationRequests {

    private EvaluationRequests() {
    }

    /** Confidence on a 1 (not at all confident) to 5 (very confident) scale. */
    public record Submit(
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer confidenceBefore,
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer confidenceAfter,
            @NotNull(message = "is required") OutcomesMet outcomesMet,
            @Size(max = 4000, message = "must be at most 4000 characters") String comments) {
    }
}
