package org.lif.benchmarks;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Waits until every consumer group of the broker has caught up: for each partition a group has committed, its
 * committed offset is the partition's end. The event phase starts from there, so that it measures the event path at
 * its rate and not the backlog an earlier phase left (the write phase's peak load outruns the consumers). Prints the
 * lag of each group every 5 s while waiting, and a RESULT line with the time it took.
 * <p>
 * Arguments: bootstrap servers, the longest wait in seconds (default 900). Exits 1 when the lag did not reach zero.
 */
public final class ConsumerLag {

    private ConsumerLag() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        long maxSeconds = args.length > 1 ? Long.parseLong(args[1]) : 900;
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(maxSeconds);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (true) {
                Map<String, Long> lag = lagByGroup(admin);
                long total = lag.values().stream().mapToLong(Long::longValue).sum();
                if (total == 0) {
                    System.out.printf("RESULT consumer-lag groups=%d caught_up_after_s=%.0f%n", lag.size(),
                            (System.nanoTime() - start) / 1e9);
                    return;
                }
                if (System.nanoTime() > deadline) {
                    System.out.printf("RESULT consumer-lag groups=%d still_behind=%d after_s=%d %s%n", lag.size(), total, maxSeconds, lag);
                    System.exit(1);
                }
                System.out.printf("consumers behind by %d events: %s%n", total, lag);
                Thread.sleep(5_000);
            }
        }
    }

    /** Events not yet committed, per consumer group (DLQ topics have no consumer group and are not counted). */
    static Map<String, Long> lagByGroup(Admin admin) throws ExecutionException, InterruptedException {
        Map<String, Long> lag = new TreeMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            committed.values().removeIf(o -> o == null);
            if (committed.isEmpty()) {
                continue;
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(committed.keySet().stream()
                    .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()))).all().get();
            Map<TopicPartition, Long> behind = new HashMap<>();
            committed.forEach((p, o) -> behind.put(p, Math.max(0, ends.get(p).offset() - o.offset())));
            lag.put(group.groupId(), behind.values().stream().mapToLong(Long::longValue).sum());
        }
        return lag;
    }
}
