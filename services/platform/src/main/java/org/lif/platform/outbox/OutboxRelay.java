package org.lif.platform.outbox;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lif.platform.time.Today;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes committed outbox messages to Kafka in insertion order with an idempotent producer (acks=all), and marks
 * them published only once Kafka acknowledged them. With several instances of a service, a PostgreSQL advisory lock
 * lets one of them relay at a time, so the order holds. A batch is sent at once and its acknowledgements awaited in
 * order: the messages before the first failed one are marked published; the failed one and those after it stay in
 * the outbox and are sent again on the next run (a consumer may then see one of them twice: the inbox skips it; the
 * idempotent producer keeps the order of messages with the same key). Runs on a schedule and right after any
 * transaction that wrote to the outbox commits (after {@code lif.outbox.relay-linger-ms}, so that the commits of that
 * moment go in one batch); a commit that lands while a run is publishing makes that run go round once more, so no
 * message waits for the schedule.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "lif.outbox.batch-size", defaultValue = "200")
    int batchSize;
    /**
     * How long a run woken by a commit waits before it looks: commits in that time are published together, in one
     * transaction, instead of one relay transaction per commit (under load most commits wrote one event).
     */
    @ConfigProperty(name = "lif.outbox.relay-linger-ms", defaultValue = "20")
    long lingerMillis;

    @Inject
    EntityManager em;
    @Inject
    Today today;

    private volatile KafkaProducer<String, String> producer;
    /** A run is publishing. */
    private final AtomicBoolean running = new AtomicBoolean();
    /** Something was committed (or the schedule ticked) since the running run last looked: look again. */
    private final AtomicBoolean again = new AtomicBoolean();
    /** A wake-up is queued and has not started: later commits need not queue another. */
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        again.set(true);
        if (!wakeUpQueued.compareAndSet(false, true)) {
            return;
        }
        wakeUps.execute(() -> {
            if (!linger()) {
                return; // shutting down
            }
            wakeUpQueued.set(false);
            // Hibernate needs an active request context to resolve the (empty) tenant of the relay's session
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                relaySafely();
            } finally {
                requestContext.terminate();
            }
        });
    }

    /** @return false if interrupted (the service is stopping) */
    private boolean linger() {
        if (lingerMillis <= 0) {
            return true;
        }
        try {
            Thread.sleep(lingerMillis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Scheduled(every = "${lif.outbox.relay-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        relaySafely();
    }

    private void relaySafely() {
        try {
            relay();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay run failed, will retry: %s", e.getMessage());
        }
    }

    /** Publishes what is waiting; returns how many messages were published. */
    public int relay() {
        again.set(true);
        int total = 0;
        // whoever finds a run in progress leaves it to that run (again = true); the run checks once more after it stops
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                while (again.getAndSet(false)) {
                    int published;
                    do {
                        published = QuarkusTransaction.requiringNew().call(this::publishBatch);
                        total += published;
                    } while (published == batchSize);
                }
            } finally {
                running.set(false);
            }
        }
        return total;
    }

    /** Any fixed number: the PostgreSQL advisory lock that lets one instance of a service relay at a time. */
    static final long RELAY_LOCK = 0x4c49465f52454cL; // "LIF_REL"

    @SuppressWarnings("unchecked")
    private int publishBatch() {
        // Several instances of a service share one outbox: one relays at a time, so events keep their order.
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxMessage> batch = em.createNativeQuery(
                        "select * from outbox_message where published_at is null order by seq limit :n for update skip locked",
                        OutboxMessage.class)
                .setParameter("n", batchSize)
                .getResultList();
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            sends.add(send(message));
        }
        List<UUID> published = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            OutboxMessage message = batch.get(i);
            try {
                sends.get(i).get(30, TimeUnit.SECONDS);
                published.add(message.id);
            } catch (Exception e) {
                message.attempts++;
                message.lastError = String.valueOf(e.getMessage());
                LOG.warnf("could not publish %s %s (attempt %d), will retry: %s", message.eventType, message.id,
                        message.attempts, e.getMessage());
                break; // the later ones stay unpublished too and are sent again, after this one
            }
        }
        if (!published.isEmpty()) {
            // one statement for the batch, not an update of each message's whole row
            em.createNativeQuery("""
                            update outbox_message set published_at = :now, attempts = attempts + 1, last_error = null
                            where id in (:ids)""")
                    .setParameter("now", today.now())
                    .setParameter("ids", published)
                    .executeUpdate();
        }
        return published.size();
    }

    /** Hands the message to the producer; a failure to even hand it over comes back as a failed future. */
    private Future<RecordMetadata> send(OutboxMessage message) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(message.topic, message.messageKey, message.payload);
            record.headers().add("ce_id", message.id.toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", message.eventType.getBytes(StandardCharsets.UTF_8));
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            return producer().send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    /**
     * Every {@code kafka.*} property of the service (bootstrap servers, security.protocol, sasl.*, ssl.*, ...) as the
     * channels get it, then the settings the outbox's guarantees rely on, which cannot be overridden.
     */
    Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>();
        Config all = ConfigProvider.getConfig();
        for (String name : all.getPropertyNames()) {
            if (name.startsWith("kafka.") && !name.startsWith("kafka.devservices")) {
                all.getOptionalValue(name, String.class).ifPresent(v -> config.put(name.substring("kafka.".length()), v));
            }
        }
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "lif-outbox-relay");
        config.keySet().removeIf(k -> !ProducerConfig.configNames().contains(k) && !k.startsWith("sasl.") && !k.startsWith("ssl."));
        return config;
    }

    void shutdown(@Observes ShutdownEvent event) {
        wakeUps.shutdownNow();
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
