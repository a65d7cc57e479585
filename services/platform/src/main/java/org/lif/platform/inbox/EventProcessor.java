package org.lif.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.InvalidEventException;
import org.lif.platform.tenancy.Partnerships;

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

    /** @return true if the handler ran, false for a duplicate */
    public boolean process(String consumer, String rawEvent, Consumer<EventEnvelope> handler) {
        EventEnvelope event = EventCodec.read(rawEvent);
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
}
