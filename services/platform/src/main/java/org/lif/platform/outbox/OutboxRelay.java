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
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes committed outbox messages to Kafka in insertion order with an idempotent producer (acks=all), and marks
 * them published only once Kafka acknowledged them. With several instances of a service, a PostgreSQL advisory lock
 * lets one of them relay at a time, so the order holds. A failed send stays in the outbox and is retried on the next
 * run. Runs on a schedule and right after any transaction that wrote to the outbox commits.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "lif.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @Inject
    EntityManager em;

    private volatile KafkaProducer<String, String> producer;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        wakeUps.execute(() -> {
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
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int total = 0;
            int published;
            do {
                published = QuarkusTransaction.requiringNew().call(this::publishBatch);
                total += published;
            } while (published == batchSize);
            return total;
        } finally {
            running.set(false);
        }
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
        int published = 0;
        for (OutboxMessage message : batch) {
            try {
                ProducerRecord<String, String> record = new ProducerRecord<>(message.topic, message.messageKey, message.payload);
                record.headers().add("ce_id", message.id.toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_type", message.eventType.getBytes(StandardCharsets.UTF_8));
                record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                producer().send(record).get(30, TimeUnit.SECONDS);
                message.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
                message.attempts++;
                message.lastError = null;
                published++;
            } catch (Exception e) {
                message.attempts++;
                message.lastError = String.valueOf(e.getMessage());
                LOG.warnf("could not publish %s %s (attempt %d), will retry: %s", message.eventType, message.id,
                        message.attempts, e.getMessage());
                break; // keep order: later messages wait for this one
            }
        }
        return published;
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
