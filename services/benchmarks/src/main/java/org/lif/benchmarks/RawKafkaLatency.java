package org.lif.benchmarks;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The raw limit of the event path on this machine: a producer with the outbox relay's guarantees (acks=all,
 * idempotent) sends {@code rate} messages a second for {@code seconds} to a topic of the same broker, and a consumer
 * in the same JVM measures each message's time from send to receipt. Prints the percentiles in ms.
 * <p>
 * Arguments: bootstrap servers, rate (messages a second), seconds.
 */
public final class RawKafkaLatency {

    static final String TOPIC = "lif.bench.raw-latency";

    private RawKafkaLatency() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int total = rate * seconds;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        Map<String, Object> consumerConfig = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        Histogram latency = new Histogram(3);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            producer.send(new ProducerRecord<>(TOPIC, "warm-up", "0")).get();
            ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
            AtomicInteger sent = new AtomicInteger();
            sender.scheduleAtFixedRate(() -> {
                if (sent.incrementAndGet() <= total) {
                    producer.send(new ProducerRecord<>(TOPIC, "m", Long.toString(System.nanoTime())));
                }
            }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
            int received = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 30L);
            while (received < total && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    if (record.key() != null && record.key().equals("m")) {
                        latency.recordValue((System.nanoTime() - Long.parseLong(record.value())) / 1_000);
                        received++;
                    }
                }
            }
            sender.shutdownNow();
            System.out.printf("messages sent %d, received %d%n", total, received);
            System.out.printf("RESULT raw-kafka count=%d received=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", total, received,
                    latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(95) / 1000.0,
                    latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0);
        }
    }
}
