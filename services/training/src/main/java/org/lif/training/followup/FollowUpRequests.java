package org.lif.training.followup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public final class FollowUpRequests {

    private FollowUpRequests() {
    }

    /** 1 (not at all) to 5 (a great deal). */
    public record Answer(
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer practiceChanged,
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer confidenceNow,
            @Size(max = 4000, message = "must be at most 4000 characters") String example) {
    }

    /** The line manager's view of the change in practice, 1 to 5. */
    public record LineManagerView(
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer practiceChanged,
            @Size(max = 4000, message = "must be at most 4000 characters") String comment) {
    }
}
