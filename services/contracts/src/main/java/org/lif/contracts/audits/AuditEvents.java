package org.lif.contracts.audits;

import org.lif.contracts.EventType;
import org.lif.contracts.recommendations.RecommendationIssuedV1;

/**
 * Event types emitted by the audits service on {@code lif.audits.events}. None carries child-identifying data:
 * cases travel as counts, agencies by id, self-assessments and returns as ratings (never narrative or evidence).
 */
public final class AuditEvents {
    public static final String SERVICE = "audits";
    public static final EventType AUDIT_PLANNED = new EventType(SERVICE, "AuditPlanned", 1);
    public static final EventType AUDIT_COMPLETED = new EventType(SERVICE, "AuditCompleted", 1);
    public static final EventType SECTION11_EVALUATION_AGREED = new EventType(SERVICE, "Section11EvaluationAgreed", 1);
    public static final EventType SCHOOLS_RETURN_SUBMITTED = new EventType(SERVICE, "SchoolsReturnSubmitted", 1);
    public static final EventType RECOMMENDATION_ISSUED = RecommendationIssuedV1.fromAudits();

    private AuditEvents() {
    }
}
