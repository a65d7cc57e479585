package org.lif.contracts.recommendations;

import org.lif.contracts.EventType;
import org.lif.contracts.SourceType;

import java.time.LocalDate;
import java.util.List;

/**
 * A review or audit issued a recommendation that agencies must act on.
 * Emitted by reviews ({@code lif.reviews.RecommendationIssued.v1}) and audits
 * ({@code lif.audits.RecommendationIssued.v1}); consumed by action-plans, which creates (once) the plan for the
 * source and one action per target agency.
 *
 * @param recommendationId  id of the recommendation in the emitting service
 * @param sourceType        REVIEW, AUDIT, SECTION_11, ...
 * @param sourceId          id of the review/audit in the emitting service
 * @param sourceTitle       title of the source, e.g. "LCSPR Child T" (pseudonyms only)
 * @param recommendationText what must change
 * @param targetAgencies    agency ids expected to act (at least one)
 * @param themes            learning themes, e.g. neglect
 * @param suggestedDueDate  optional
 * @param subgroup          optional subgroup that monitors the resulting plan
 */
public record RecommendationIssuedV1(
        String recommendationId,
        SourceType sourceType,
        String sourceId,
        String sourceTitle,
        String recommendationText,
        List<String> targetAgencies,
        List<String> themes,
        LocalDate suggestedDueDate,
        String subgroup) {

    public static final String NAME = "RecommendationIssued";

    public static EventType fromReviews() {
        return new EventType("reviews", NAME, 1);
    }

    public static EventType fromAudits() {
        return new EventType("audits", NAME, 1);
    }
}
