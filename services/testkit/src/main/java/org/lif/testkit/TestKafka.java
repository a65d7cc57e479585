package org.lif.testkit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real single-node KRaft Kafka broker in the test JVM (Kafka's KafkaClusterTestKit, same version as the client),
 * plus small helpers to send to and read from topics.
 */
public final class TestKafka {

    private static KafkaClusterTestKit cluster;

    private TestKafka() {
    }

    public static synchronized Map<String, String> start() {
        if (cluster == null) {
            try {
                cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("offsets.topic.num.partitions", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "1")
                        .build();
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
                // The broker lives as long as the test JVM. Kafka must never end that JVM itself (a fatal fault
                // during the JVM's shutdown would otherwise halt it with a non-zero status, which fails the build
                // although every test passed), and its files go with it: no slow graceful shutdown at exit.
                Exit.setExitProcedure((status, message) -> System.err.println("test Kafka wanted to exit(" + status + "): " + message));
                Exit.setHaltProcedure((status, message) -> System.err.println("test Kafka wanted to halt(" + status + "): " + message));
                String dataDirectory = cluster.nodes().baseDirectory();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(Path.of(dataDirectory))));
            } catch (Exception e) {
                throw new IllegalStateException("could not start Kafka for tests", e);
            }
        }
        return Map.of("kafka.bootstrap.servers", cluster.bootstrapServers());
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // the JVM is going away; a left-over temporary directory is harmless
        }
    }

    public static String bootstrapServers() {
        start();
        return cluster.bootstrapServers();
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    /** Sends an event exactly as the platform's outbox relay does: key = subject, CloudEvents headers. */
    public static void sendEvent(String topic, org.lif.contracts.EventEnvelope event) {
        send(topic, event.subject(), org.lif.contracts.EventCodec.write(event), Map.of(
                "ce_id", event.id(), "ce_type", event.type(), "content-type", "application/cloudevents+json"));
    }

    public static void send(String topic, String key, String value) {
        send(topic, key, value, Map.of());
    }

    /**
     * Sends one record with headers, e.g. those the outbox relay sets ({@code ce_id}, {@code ce_type},
     * {@code content-type: application/cloudevents+json}), and waits for the broker's acknowledgement.
     */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** Reads the topic from the beginning until {@code until} holds for the records seen, or the timeout passes. */
    public static List<ConsumerRecord<String, String>> read(String topic, Duration timeout,
                                                            Predicate<List<ConsumerRecord<String, String>>> until) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !until.test(seen)) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
        }
        return seen;
    }

    /** All records currently on the topic (reads for a short while). */
    public static List<ConsumerRecord<String, String>> readAll(String topic, Duration settle) {
        return read(topic, settle, records -> false);
    }
}
