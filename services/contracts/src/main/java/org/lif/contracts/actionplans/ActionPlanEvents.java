package org.lif.contracts.actionplans;

import org.lif.contracts.EventType;

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
}
