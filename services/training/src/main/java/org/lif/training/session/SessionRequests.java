package org.lif.training.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What clients send to plan and cancel sessions. */
public final class SessionRequests {

    private SessionRequests() {
    }

    /**
     * A session may be planned in the past only to record training already delivered (e.g. last year's programme
     * brought into LIF, so its attendance, evaluations and follow-ups are counted): it is never bookable.
     */
    public record CreateSession(
            @NotNull(message = "is required") UUID courseId,
            @NotNull(message = "is required") OffsetDateTime startsAt,
            @NotNull(message = "is required") OffsetDateTime endsAt,
            @Size(max = 300, message = "must be at most 300 characters") String venue,
            @Size(max = 1000, message = "must be at most 1000 characters") String onlineLink,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String trainer,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") @Max(value = 1000, message = "must be at most 1000") Integer capacity) {
    }

    public record CancelSession(
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }
}
