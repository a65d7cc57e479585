package org.lif.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.InvalidEventException;
import org.lif.platform.tenancy.Partnerships;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The one way LIF consumes events: parse and validate the CloudEvent, enter its partnership, and apply the handler
 * and the inbox record in one transaction. A duplicate is skipped. A malformed event throws
 * {@link InvalidEventException}: the Kafka channel (failure-strategy dead-letter-queue) moves it to
 * {@code <topic>.dlq} with the reason, and consumption goes on.
 */
@ApplicationScoped
public class EventProcessor {

    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    @Inject
    EventInbox inbox;
    @Inject
    Partnerships partnerships;

    @ConfigProperty(name = "lif.inbox.attempts", defaultValue = "5")
    int attempts;
    @ConfigProperty(name = "lif.inbox.first-backoff", defaultValue = "PT0.5S")
    Duration firstBackoff;

    /**
     * @return true if the handler ran, false for a duplicate
     * @throws InvalidEventException at once for an event that can never be processed (malformed, invalid payload);
     *         any other failure (database down, a conflict) is retried with backoff, {@code lif.inbox.attempts} times
     *         in all, before it is thrown and the event dead-lettered
     */
    public boolean process(String consumer, String rawEvent, Consumer<EventEnvelope> handler) {
        EventEnvelope event = EventCodec.read(rawEvent);
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return processOnce(consumer, event, handler);
            } catch (InvalidEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                LOG.warnf("%s: event %s failed (attempt %d of %d), retrying in %s: %s", consumer, event.id(), attempt, attempts,
                        backoff, e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private boolean processOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> handler) {
        return partnerships.callAsSystem(event.partnership(), consumer, () -> QuarkusTransaction.requiringNew().call(() -> {
            if (!inbox.firstDelivery(consumer, event.id(), event.type(), event.partnership())) {
                LOG.debugf("%s: duplicate event %s ignored", consumer, event.id());
                return false;
            }
            handler.accept(event);
            LOG.debugf("%s: processed %s %s", consumer, event.type(), event.id());
            return true;
        }));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }
}
