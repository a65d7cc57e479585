package org.lif.reviews.progress;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.lif.platform.inbox.EventProcessor;

import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps recommendation progress from {@code lif.action-plans.events}: ActionCreated, ActionCompleted, ActionOverdue and
 * ActionStatusChanged away from COMPLETED (a refused or reopened completion) (v1). Other event types are skipped; malformed events are thrown back and dead-lettered to
 * {@code lif.action-plans.events.dlq} without stopping consumption. Duplicates are no-ops (inbox).
 */
@ApplicationScoped
public class ProgressConsumer {

    private static final Logger LOG = Logger.getLogger(ProgressConsumer.class);
    static final String CONSUMER = "reviews.recommendation-progress";

    static final Set<SourceType> OURS = EnumSet.of(SourceType.REVIEW);

    @Inject
    EventProcessor processor;
    @Inject
    ProgressHandler handler;

    @Incoming("action-plans-events")
    @Blocking
    public void consume(String raw) {
        EventEnvelope peek = EventCodec.read(raw);
        EventType type = EventType.parse(peek.type());
        if (!ActionPlanEvents.mayConcernRecommendationFrom(peek, OURS)) {
            LOG.debugf("skipping %s %s: not about a review's recommendation", peek.type(), peek.id());
        } else if (type.equals(ActionPlanEvents.ACTION_CREATED)) {
            processor.process(CONSUMER, raw, e -> {
                ActionCreatedV1 a = EventCodec.payload(e, ActionCreatedV1.class);
                handler.created(a.sourceType(), a.recommendationId(), a.actionId(), a.ownerAgency(), a.dueDate());
            });
        } else if (type.equals(ActionPlanEvents.ACTION_COMPLETED)) {
            processor.process(CONSUMER, raw, e -> {
                ActionCompletedV1 a = EventCodec.payload(e, ActionCompletedV1.class);
                handler.completed(a.sourceType(), a.recommendationId(), a.actionId(), a.ownerAgency(), a.signedOffOn());
            });
        } else if (type.equals(ActionPlanEvents.ACTION_OVERDUE)) {
            processor.process(CONSUMER, raw, e -> {
                ActionOverdueV1 a = EventCodec.payload(e, ActionOverdueV1.class);
                handler.overdue(a.sourceType(), a.recommendationId(), a.actionId(), a.ownerAgency(), a.dueDate());
            });
        } else if (type.equals(ActionPlanEvents.ACTION_STATUS_CHANGED)) {
            processor.process(CONSUMER, raw, e -> {
                ActionStatusChangedV1 a = EventCodec.payload(e, ActionStatusChangedV1.class);
                if ("COMPLETED".equals(a.from()) && !"COMPLETED".equals(a.to())) {
                    handler.reopened(a.actionId());
                }
            });
        } else {
            LOG.debugf("skipping %s: not consumed by reviews", peek.type());
        }
    }
}
