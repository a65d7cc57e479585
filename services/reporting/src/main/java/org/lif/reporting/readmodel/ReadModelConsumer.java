package org.lif.reporting.readmodel;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.lif.platform.inbox.EventProcessor;

/**
 * Feeds the read model from every other service's topic. Each event is applied once per read-model generation: the
 * inbox consumer name is {@code reporting.read-model@<generation>}, so a rebuild (next generation) replays all events
 * again, and an event the live consumer applies during the replay is not counted twice. Malformed events go to
 * {@code <topic>.dlq}.
 */
@ApplicationScoped
public class ReadModelConsumer {

    private static final Logger LOG = Logger.getLogger(ReadModelConsumer.class);
    static final String CONSUMER = "reporting.read-model@";

    @Inject
    EventProcessor processor;
    @Inject
    Projector projector;
    @Inject
    ReadModelGeneration generation;

    @Incoming("reviews-events")
    @Blocking(ordered = true)
    public void fromReviews(String event) {
        consume(event);
    }

    @Incoming("audits-events")
    @Blocking(ordered = true)
    public void fromAudits(String event) {
        consume(event);
    }

    @Incoming("training-events")
    @Blocking(ordered = true)
    public void fromTraining(String event) {
        consume(event);
    }

    @Incoming("action-plans-events")
    @Blocking(ordered = true)
    public void fromActionPlans(String event) {
        consume(event);
    }

    /** Applies one raw event within generation {@link ReadModelGeneration#current()}; also used by the rebuild. */
    public void consume(String raw) {
        consume(raw, generation.current());
    }

    public void consume(String raw, int expectedGeneration) {
        processor.process(CONSUMER + expectedGeneration, raw, event -> {
            // Locks out a rebuild starting meanwhile; if one already started, its replay applies this event.
            if (generation.lockCurrent() != expectedGeneration) {
                LOG.debugf("event %s left to the rebuild of the read model", event.id());
                return;
            }
            projector.apply(event);
        });
    }
}
