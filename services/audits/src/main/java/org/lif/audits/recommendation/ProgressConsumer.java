package org.lif.audits.recommendation;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.EventType;
import org.lif.contracts.SourceType;
import org.lif.contracts.actionplans.ActionCompletedV1;
import org.lif.contracts.actionplans.ActionCreatedV1;
import org.lif.contracts.actionplans.ActionOverdueV1;
import org.lif.contracts.actionplans.ActionPlanEvents;
import org.lif.contracts.actionplans.ActionStatusChangedV1;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.inbox.EventProcessor;
import org.lif.platform.time.Today;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the progress of our recommendations from {@code lif.action-plans.events} (v1): ActionCreated (open),
 * ActionOverdue, ActionCompleted (signed off), and ActionStatusChanged away from COMPLETED (reopened). Only actions on
 * recommendations this service issued (source AUDIT, SECTION_11, SECTION_175) count; other events are skipped.
 * Duplicates are no-ops (inbox); malformed events are dead-lettered to {@code lif.action-plans.events.dlq}.
 */
@ApplicationScoped
public class ProgressConsumer {

    private static final Logger LOG = Logger.getLogger(ProgressConsumer.class);
    static final String CONSUMER = "audits.recommendation-progress";
    static final Set<SourceType> OURS = EnumSet.of(SourceType.AUDIT, SourceType.SECTION_11, SourceType.SECTION_175);

    @Inject
    EventProcessor processor;
    @Inject
    Today today;
    @Inject
    AuditTrail audit;

    @Incoming("action-plans-events")
    @Blocking
    public void consume(String raw) {
        EventEnvelope peek = EventCodec.read(raw);
        EventType type = EventType.parse(peek.type());
        if (!ActionPlanEvents.mayConcernRecommendationFrom(peek, OURS)) {
            LOG.debugf("skipping %s %s: not about an audit's recommendation", peek.type(), peek.id());
        } else if (type.equals(ActionPlanEvents.ACTION_CREATED)) {
            processor.process(CONSUMER, raw, e -> {
                ActionCreatedV1 a = payload(e, ActionCreatedV1.class);
                apply(a.sourceType(), a.recommendationId(), a.actionId(), a.ownerAgency(), null, a.dueDate(), null);
            });
        } else if (type.equals(ActionPlanEvents.ACTION_OVERDUE)) {
            processor.process(CONSUMER, raw, e -> {
                ActionOverdueV1 a = payload(e, ActionOverdueV1.class);
                apply(a.sourceType(), a.recommendationId(), a.actionId(), a.ownerAgency(), ActionProgress.State.OVERDUE, a.dueDate(), null);
            });
        } else if (type.equals(ActionPlanEvents.ACTION_COMPLETED)) {
            processor.process(CONSUMER, raw, e -> {
                ActionCompletedV1 a = payload(e, ActionCompletedV1.class);
                apply(a.sourceType(), a.recommendationId(), a.actionId(), a.ownerAgency(), ActionProgress.State.COMPLETED, null, a.signedOffOn());
            });
        } else if (type.equals(ActionPlanEvents.ACTION_STATUS_CHANGED)) {
            processor.process(CONSUMER, raw, e -> {
                ActionStatusChangedV1 a = payload(e, ActionStatusChangedV1.class);
                if ("COMPLETED".equals(a.from()) && !"COMPLETED".equals(a.to())) {
                    reopened(a.actionId());
                }
            });
        } else {
            LOG.debugf("skipping %s: not consumed by audits", type);
        }
    }

    private static <T> T payload(EventEnvelope e, Class<T> type) {
        return EventCodec.payload(e, type);
    }

    /**
     * Moves the action to {@code state} (null: only records it and its due date). A completed action stays completed
     * until action-plans reopens it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void apply(SourceType source, String recommendationId, String actionId, String agency, ActionProgress.State state,
               LocalDate dueOn, LocalDate completedOn) {
        UUID recId = ours(source, recommendationId);
        if (recId == null) {
            return;
        }
        ActionProgress p = ActionProgress.findById(actionId);
        if (p == null) {
            p = new ActionProgress();
            p.actionId = actionId;
            p.recommendationId = recId;
            p.ownerAgency = agency;
            p.state = ActionProgress.State.OPEN;
            p.updatedAt = today.now();
            p.persist();
        }
        ActionProgress.State from = p.state;
        if (state == ActionProgress.State.COMPLETED) {
            p.state = state;
            p.completedOn = completedOn;
        } else if (from != ActionProgress.State.COMPLETED) {
            p.state = state == null ? from : state;
            p.dueOn = dueOn == null ? p.dueOn : dueOn;
        }
        p.updatedAt = today.now();
        audit.record(Recommendations.ENTITY, recId, "ACTION_" + p.state, from, p.state, "action " + actionId + " of " + agency);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void reopened(String actionId) {
        ActionProgress p = ActionProgress.findById(actionId);
        if (p != null && p.state == ActionProgress.State.COMPLETED) {
            p.state = ActionProgress.State.OPEN;
            p.completedOn = null;
            p.updatedAt = today.now();
            audit.record(Recommendations.ENTITY, p.recommendationId, "ACTION_REOPENED", ActionProgress.State.COMPLETED, p.state, "action " + actionId);
        }
    }

    /** The id of our recommendation the event is about, or null when it is not ours. */
    private static UUID ours(SourceType source, String recommendationId) {
        if (!OURS.contains(source) || recommendationId == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(recommendationId);
            return Recommendation.findById(id) == null ? null : id;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
