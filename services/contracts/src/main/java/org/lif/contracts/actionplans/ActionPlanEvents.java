package org.lif.contracts.actionplans;

import com.fasterxml.jackson.databind.JsonNode;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.EventType;
import org.lif.contracts.SourceType;

import java.util.Set;

/** Event types emitted by the action-plans service on {@code lif.action-plans.events}. */
public final class ActionPlanEvents {
    public static final String SERVICE = "action-plans";
    public static final EventType PLAN_CREATED = new EventType(SERVICE, "ActionPlanCreated", 1);
    public static final EventType PLAN_CLOSED = new EventType(SERVICE, "ActionPlanClosed", 1);
    public static final EventType ACTION_CREATED = new EventType(SERVICE, "ActionCreated", 1);
    public static final EventType ACTION_STATUS_CHANGED = new EventType(SERVICE, "ActionStatusChanged", 1);
    public static final EventType ACTION_DUE_DATE_CHANGED = new EventType(SERVICE, "ActionDueDateChanged", 1);
    public static final EventType ACTION_COMPLETED = new EventType(SERVICE, "ActionCompleted", 1);
    public static final EventType ACTION_OVERDUE = new EventType(SERVICE, "ActionOverdue", 1);

    private ActionPlanEvents() {
    }

    /**
     * Whether an action event may concern a recommendation issued by one of {@code sources}: false only when its
     * payload says the action has no recommendation or comes from another source (ActionCreated, ActionCompleted and
     * ActionOverdue carry both). A consumer that keeps its recommendations' progress skips the others before any
     * transaction: most actions are none of its business.
     */
    public static boolean mayConcernRecommendationFrom(EventEnvelope event, Set<SourceType> sources) {
        JsonNode data = event.data();
        if (data == null || !data.has("sourceType")) {
            return true;
        }
        JsonNode recommendation = data.get("recommendationId");
        if (recommendation == null || recommendation.isNull()) {
            return false;
        }
        return sources.stream().anyMatch(s -> s.name().equals(data.get("sourceType").asText()));
    }
}
