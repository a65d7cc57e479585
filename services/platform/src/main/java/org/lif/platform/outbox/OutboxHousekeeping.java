package org.lif.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lif.platform.time.Today;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the outbox and the inbox small and observable:
 * <ul>
 *   <li>gauges {@code lif_outbox_pending} (messages not yet acknowledged by Kafka) and
 *   {@code lif_outbox_oldest_pending_seconds}, refreshed every {@code lif.outbox.metrics-every} (default 15s)</li>
 *   <li>deletes published outbox rows older than {@code lif.outbox.retention} (default 7 days) and processed-event
 *   records older than {@code lif.inbox.retention} (default 30 days; longer than any redelivery a consumer can see),
 *   and remembered Idempotency-Key answers older than {@code lif.idempotency.retention} (default 24 hours)</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxHousekeeping {

    private static final Logger LOG = Logger.getLogger(OutboxHousekeeping.class);

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;
    @Inject
    Today today;
    @ConfigProperty(name = "lif.outbox.retention", defaultValue = "P7D")
    Duration outboxRetention;
    @ConfigProperty(name = "lif.inbox.retention", defaultValue = "P30D")
    Duration inboxRetention;
    @ConfigProperty(name = "lif.idempotency.retention", defaultValue = "PT24H")
    Duration idempotencyRetention;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();

    void registerGauges(@Observes StartupEvent event) {
        Gauge.builder("lif.outbox.pending", pending, AtomicLong::get)
                .description("Events written to the outbox and not yet acknowledged by Kafka").register(registry);
        Gauge.builder("lif.outbox.oldest.pending.seconds", oldestPendingSeconds, AtomicLong::get)
                .description("Age of the oldest event waiting in the outbox").baseUnit("seconds").register(registry);
    }

    @Scheduled(every = "${lif.outbox.metrics-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshGauges() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                    "select count(*), coalesce(extract(epoch from cast(:now as timestamptz) - min(created_at)), 0) from outbox_message where published_at is null")
                    .setParameter("now", today.now()).getSingleResult());
            pending.set(((Number) row[0]).longValue());
            oldestPendingSeconds.set(((Number) row[1]).longValue());
        } catch (RuntimeException e) {
            LOG.debugf("outbox gauges not refreshed: %s", e.getMessage());
        }
    }

    @Scheduled(every = "${lif.outbox.purge-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        purge(today.now());
    }

    /** @return rows deleted (outbox + inbox) */
    public int purge(OffsetDateTime now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int outbox = em.createNativeQuery("delete from outbox_message where published_at is not null and published_at < :before")
                    .setParameter("before", now.minus(outboxRetention)).executeUpdate();
            int inbox = em.createNativeQuery("delete from processed_event where processed_at < :before")
                    .setParameter("before", now.minus(inboxRetention)).executeUpdate();
            em.createNativeQuery("delete from idempotent_request where created_at < :before")
                    .setParameter("before", now.minus(idempotencyRetention)).executeUpdate();
            if (outbox + inbox > 0) {
                LOG.infof("housekeeping: %d published outbox message(s) and %d processed-event record(s) deleted", outbox, inbox);
            }
            return outbox + inbox;
        });
    }
}
