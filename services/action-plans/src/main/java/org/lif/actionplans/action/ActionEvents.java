package org.lif.actionplans.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lif.contracts.actionplans.ActionCompletedV1;
import org.lif.contracts.actionplans.ActionCreatedV1;
import org.lif.contracts.actionplans.ActionDueDateChangedV1;
import org.lif.contracts.actionplans.ActionOverdueV1;
import org.lif.contracts.actionplans.ActionStatusChangedV1;
import org.lif.platform.outbox.Outbox;

import java.time.LocalDate;

import static org.lif.contracts.actionplans.ActionPlanEvents.ACTION_COMPLETED;
import static org.lif.contracts.actionplans.ActionPlanEvents.ACTION_CREATED;
import static org.lif.contracts.actionplans.ActionPlanEvents.ACTION_DUE_DATE_CHANGED;
import static org.lif.contracts.actionplans.ActionPlanEvents.ACTION_OVERDUE;
import static org.lif.contracts.actionplans.ActionPlanEvents.ACTION_STATUS_CHANGED;

/** Action lifecycle events, written through the outbox (key = action id). */
@ApplicationScoped
public class ActionEvents {

    @Inject
    Outbox outbox;

    void created(Action a) {
        outbox.publish(ACTION_CREATED, a.partnershipId, a.id.toString(), new ActionCreatedV1(a.id.toString(),
                a.plan.id.toString(), a.ownerAgency, a.dueDate, a.plan.sourceType, a.plan.sourceReference, a.recommendationId));
    }

    void statusChanged(Action a, ActionStatus from) {
        outbox.publish(ACTION_STATUS_CHANGED, a.partnershipId, a.id.toString(), new ActionStatusChangedV1(a.id.toString(),
                a.plan.id.toString(), a.ownerAgency, from.name(), a.status.name()));
    }

    void dueDateChanged(Action a, LocalDate from) {
        outbox.publish(ACTION_DUE_DATE_CHANGED, a.partnershipId, a.id.toString(), new ActionDueDateChangedV1(a.id.toString(),
                a.plan.id.toString(), a.ownerAgency, from, a.dueDate));
    }

    void completed(Action a, LocalDate signedOffOn) {
        outbox.publish(ACTION_COMPLETED, a.partnershipId, a.id.toString(), new ActionCompletedV1(a.id.toString(),
                a.plan.id.toString(), a.ownerAgency, a.plan.sourceType, a.plan.sourceReference, a.recommendationId, signedOffOn));
    }

    void overdue(Action a) {
        outbox.publish(ACTION_OVERDUE, a.partnershipId, a.id.toString(), new ActionOverdueV1(a.id.toString(),
                a.plan.id.toString(), a.ownerAgency, a.dueDate, a.plan.subgroup, a.plan.sourceType, a.plan.sourceReference,
                a.recommendationId));
    }
}
