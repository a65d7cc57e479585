package org.lif.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.EventType;
import org.lif.platform.time.Today;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records an event in the caller's transaction. Nothing reaches Kafka unless that transaction commits;
 * {@link OutboxRelay} then publishes it.
 */
@ApplicationScoped
public class Outbox {

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "lif")
    String applicationName;

    @Inject
    Event<OutboxWritten> written;
    @Inject
    Today today;

    /**
     * @param subject the aggregate id: Kafka key and CloudEvents subject
     * @param payload a record valid against the schema of {@code type}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(EventType type, String partnership, String subject, Object payload) {
        OffsetDateTime now = today.now();
        EventEnvelope envelope = EventCodec.envelope(type, "/lif/" + applicationName, partnership, subject, payload, now);
        OutboxMessage message = new OutboxMessage();
        message.id = UUID.fromString(envelope.id());
        message.topic = type.topic();
        message.messageKey = subject;
        message.eventType = envelope.type();
        message.partnership = partnership;
        message.payload = EventCodec.write(envelope);
        message.createdAt = now;
        message.persist();
        written.fire(new OutboxWritten());
        return envelope;
    }

    /** Fired inside the transaction; the relay wakes up after a successful commit. */
    public record OutboxWritten() {
    }
}
