package org.lif.actionplans.plan;

import org.lif.contracts.SourceType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A plan as clients see it. */
public record PlanView(UUID id, String title, String description, SourceView source, PlanScope scope, String subgroup,
                       List<String> themes, PlanStatus status, String closingSummary, OffsetDateTime closedAt,
                       OffsetDateTime createdAt, String createdBy) {

    public record SourceView(SourceType type, String reference) {
    }

    public static PlanView of(ActionPlan p) {
        return new PlanView(p.id, p.title, p.description, new SourceView(p.sourceType, p.sourceReference), p.scope, p.subgroup,
                List.copyOf(p.themes), p.status, p.closingSummary, p.closedAt, p.createdAt, p.createdBy);
    }
}
