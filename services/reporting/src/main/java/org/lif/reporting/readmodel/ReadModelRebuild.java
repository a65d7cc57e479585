package org.lif.reporting.readmodel;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.lif.platform.problem.Problems;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds the read model from the topics: a new generation clears it ({@link ReadModelGeneration#startNext}), then a
 * plain Kafka consumer (no consumer group offsets: partitions assigned, read from the beginning up to the end offsets
 * seen at the start) replays every record through the same inbox and projector under the new generation. The live
 * consumer goes on meanwhile, applying its events under the new generation too, so each event counts once. Records
 * that cannot be applied (already dead-lettered by the live consumer) are counted as skipped.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);

    @Inject
    ReadModelGeneration generation;
    @Inject
    ReadModelConsumer consumer;
    @Inject
    Config config;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "read-model-rebuild");
        t.setDaemon(true);
        return t;
    });

    /** A rebuild interrupted by a stop cannot resume: it is marked failed, and an administrator starts it again. */
    void onStart(@Observes StartupEvent start) {
        if ("RUNNING".equals(generation.state().status())) {
            generation.finish(0, 0, "interrupted by a restart of the service: start the rebuild again");
        }
    }

    /** Starts a rebuild in the background; 409 if one is running. */
    public ReadModelGeneration.State start() {
        int next = generation.startNext();
        if (next < 0) {
            throw Problems.conflict("A rebuild of the read model is already running.");
        }
        LOG.infof("rebuilding the read model as generation %d", next);
        worker.execute(() -> replay(next));
        return generation.state();
    }

    private void replay(int gen) {
        long replayed = 0;
        long skipped = 0;
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : ReadModel.TOPICS) {
                List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
            }
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
            while (!reachedEnd(kafka, end)) {
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                        continue; // newer than the replay: the live consumer applies it
                    }
                    try {
                        consumer.consume(record.value(), gen);
                        replayed++;
                    } catch (RuntimeException e) {
                        skipped++;
                        LOG.debugf("rebuild skipped %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
                    }
                }
            }
            generation.finish(replayed, skipped, null);
            LOG.infof("read model generation %d rebuilt: %d events replayed, %d skipped", gen, replayed, skipped);
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuild of the read model failed");
            generation.finish(replayed, skipped, "rebuild failed: " + e.getClass().getSimpleName());
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> kafka, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue());
    }

    /** Every {@code kafka.*} property of the service (bootstrap servers, TLS/SASL settings), as a plain consumer's config. */
    private Map<String, Object> consumerConfig() {
        Map<String, Object> props = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("kafka.")) {
                config.getOptionalValue(name, String.class).ifPresent(v -> props.put(name.substring("kafka.".length()), v));
            }
        }
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-rebuild-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        return props;
    }
}
