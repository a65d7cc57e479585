package org.lif.journeys;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.lif.contracts.Topics;
import org.lif.testkit.TestKafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Every journey class runs as a fresh installation of LIF: its services get new databases
 * ({@link RunningService#environment}), and their consumer groups start at the current end of the topics, so the events
 * of earlier journey classes (which share the test JVM's one Kafka broker) are not consumed again. Exactly what an
 * operator does with {@code kafka-consumer-groups --reset-offsets --to-latest} for a new installation on a used
 * broker; the services themselves are not touched.
 */
final class FreshInstallation {

    /** The consumer groups of the five services (their {@code mp.messaging.incoming.*.group.id}). */
    static final List<String> GROUPS = List.of("reviews", "audits", "training", "action-plans", "reporting");
    static final List<String> TOPICS = List.of(Topics.REVIEWS, Topics.AUDITS, Topics.TRAINING, Topics.ACTION_PLANS, Topics.REPORTING);

    private FreshInstallation() {
    }

    /** Moves every service's consumer group to the end of every LIF topic. Call before starting the class's services. */
    static void consumersStartAtTheEnd() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            for (String topic : TOPICS) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            // a topic just created may not be served yet, and a group may still hold a member of a service an earlier
            // class killed (SIGKILL: the broker forgets it only after the consumer's session timeout, 45 s): retry until
            // the partitions answer and the groups are empty
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                try {
                    moveToEnd(admin);
                    return;
                } catch (ExecutionException e) {
                    boolean waitable = e.getCause() instanceof RetriableException || e.getCause() instanceof UnknownMemberIdException
                            || e.getCause() instanceof GroupNotEmptyException;
                    if (!waitable || System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(500);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not move the consumer groups to the end of the topics", e);
        }
    }

    private static void moveToEnd(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(TOPICS).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS)
                .forEach((tp, info) -> ends.put(tp, new OffsetAndMetadata(info.offset())));
        for (String group : GROUPS) {
            admin.alterConsumerGroupOffsets(group, ends).all().get(30, TimeUnit.SECONDS);
        }
    }
}
