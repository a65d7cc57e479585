package org.lif.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.lif.platform.time.Today;

/**
 * Remembers which events a consumer has processed, in the same transaction as the consumer's effect, so that a
 * redelivered event is a no-op.
 */
@ApplicationScoped
public class EventInbox {

    @Inject
    EntityManager em;
    @Inject
    Today today;

    /** @return true the first time this consumer sees this event id; false for a duplicate */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId, String eventType, String partnership) {
        int inserted = em.createNativeQuery("""
                        insert into processed_event (consumer, event_id, event_type, partnership, processed_at)
                        values (:consumer, :eventId, :type, :partnership, :now)
                        on conflict (consumer, event_id) do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .setParameter("type", eventType)
                .setParameter("partnership", partnership)
                .setParameter("now", today.now())
                .executeUpdate();
        return inserted == 1;
    }
}
