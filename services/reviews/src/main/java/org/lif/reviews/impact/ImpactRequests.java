package org.lif.reviews.impact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What clients send to plan and record an evidencing-impact event. */
public final class ImpactRequests {

    private ImpactRequests() {
    }

    public record PlanEvent(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @NotNull(message = "is required") LocalDate plannedOn) {
    }

    public record RecordEvent(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate heldOn,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") @Max(value = 10000, message = "must be at most 10000") Integer participants,
            @NotNull(message = "is required") ImpactEvent.PracticeChanged practiceChanged,
            @NotBlank(message = "is required") @Size(max = 20000, message = "must be at most 20000 characters") String findings) {
    }
}
