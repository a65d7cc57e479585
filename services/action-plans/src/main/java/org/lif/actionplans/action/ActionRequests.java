package org.lif.actionplans.action;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lif.actionplans.plan.PlanRequests;

import java.time.LocalDate;
import java.util.List;

/** What clients send to create and change actions. */
public final class ActionRequests {

    private ActionRequests() {
    }

    public record CreateAction(
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String description,
            @NotBlank(message = "is required") @Pattern(regexp = PlanRequests.AGENCY_PATTERN, message = "must be an agency id such as bitterne-park-school") String ownerAgency,
            @Size(max = 200, message = "must be at most 200 characters") String lead,
            @NotNull(message = "is required") @FutureOrPresent(message = "must not be in the past") LocalDate dueDate) {
    }

    public record RecordProgress(
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String note,
            @Size(max = 20, message = "at most 20 items") List<@NotNull(message = "must not be null") @Valid Evidence> evidence) {
    }

    /** Statuses set directly; COMPLETED goes through {@code /complete} and sign-off. */
    public enum DirectStatus {
        IN_PROGRESS, NOT_ACHIEVED, CANCELLED
    }

    public record ChangeStatus(
            @NotNull(message = "is required") DirectStatus status,
            @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }

    public record Complete(
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String summary) {
    }

    public enum Decision {
        APPROVE, REFUSE
    }

    public record SignOff(
            @NotNull(message = "is required") Decision decision,
            @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }

    public record Reopen(
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }

    public record ChangeDueDate(
            @NotNull(message = "is required") @FutureOrPresent(message = "must not be in the past") LocalDate dueDate,
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }
}
