package org.lif.actionplans.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lif.contracts.SourceType;

import java.util.List;

/** What clients send to create and close plans. */
public final class PlanRequests {

    private PlanRequests() {
    }

    public record Source(
            @NotNull(message = "is required") SourceType type,
            @Size(max = 100, message = "must be at most 100 characters") String reference) {
    }

    public record CreatePlan(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @Size(max = 4000, message = "must be at most 4000 characters") String description,
            @NotNull(message = "is required") @Valid Source source,
            @NotNull(message = "is required") PlanScope scope,
            @Size(max = 100, message = "must be at most 100 characters") String subgroup,
            @Size(max = 20, message = "at most 20 themes")
            List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> themes) {
    }

    public record ClosePlan(
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String closingSummary) {
    }

    /** Agency ids are lower-case slugs, e.g. {@code bitterne-park-school}. */
    public static final String AGENCY_PATTERN = "^[a-z0-9][a-z0-9-]{0,99}$";
}
