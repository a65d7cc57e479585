package org.lif.actionplans.recommendation;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.EventType;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.platform.inbox.EventProcessor;

/**
 * Listens to the reviews and audits topics for {@code RecommendationIssued.v1}; other event types on those topics are
 * not for this service and are skipped. Malformed events are thrown back, and the channel dead-letters them to
 * {@code <topic>.dlq} (see application.properties) without stopping consumption.
 */
@ApplicationScoped
public class RecommendationConsumer {

    private static final Logger LOG = Logger.getLogger(RecommendationConsumer.class);
    static final String CONSUMER = "action-plans.recommendations";

    @Inject
    EventProcessor processor;
    @Inject
    RecommendationHandler handler;

    @Incoming("reviews-events")
    @Blocking
    public void fromReviews(String event) {
        consume(event);
    }

    @Incoming("audits-events")
    @Blocking
    public void fromAudits(String event) {
        consume(event);
    }

    void consume(String raw) {
        EventEnvelope peek = EventCodec.read(raw);
        EventType type = EventType.parse(peek.type());
        if (!RecommendationIssuedV1.NAME.equals(type.name()) || type.version() != 1) {
            LOG.debugf("skipping %s: not consumed by action-plans", peek.type());
            return;
        }
        processor.process(CONSUMER, raw, envelope -> handler.handle(EventCodec.payload(envelope, RecommendationIssuedV1.class)));
    }
}
