package org.lif.benchmarks;

import org.HdrHistogram.Histogram;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The event path, measured from the databases after a write load: for every {@code ActionCreated} event action-plans
 * wrote to its outbox in the window (in the same transaction as the action, so at the API write), the time until
 * reporting recorded it as processed (in the same transaction as its read-model row, so at the effect).
 * Both clocks are this machine's. Prints the count (every event must have arrived once) and the percentiles in ms.
 * <p>
 * Arguments: action-plans JDBC URL, reporting JDBC URL, user, password, window start and end (ISO instants).
 */
public final class EventPathLatency {

    private EventPathLatency() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 6) {
            throw new IllegalArgumentException("usage: EventPathLatency <action-plans jdbc url> <reporting jdbc url> <user> <password> <from> <to>");
        }
        Timestamp from = Timestamp.from(Instant.parse(args[4]));
        Timestamp to = Timestamp.from(Instant.parse(args[5]));
        Map<String, Long> written = new HashMap<>();
        try (Connection c = DriverManager.getConnection(args[0], args[2], args[3]);
             PreparedStatement q = c.prepareStatement("select id::text, created_at from outbox_message "
                     + "where event_type like '%ActionCreated%' and created_at between ? and ?")) {
            q.setTimestamp(1, from);
            q.setTimestamp(2, to);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    written.put(r.getString(1), micros(r.getTimestamp(2)));
                }
            }
        }
        // under overload the consumers lag: wait (up to 10 minutes) until every event has arrived, then measure
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        int arrivedSoFar;
        while ((arrivedSoFar = arrived(args, from, written)) < written.size() && System.nanoTime() < deadline) {
            System.out.printf("%d of %d events arrived in reporting, waiting%n", arrivedSoFar, written.size());
            sleep();
        }
        Histogram latency = new Histogram(3);
        int arrived = 0;
        int duplicates = 0;
        try (Connection c = DriverManager.getConnection(args[1], args[2], args[3]);
             PreparedStatement q = c.prepareStatement("select event_id, count(*), min(processed_at) from processed_event "
                     + "where processed_at >= ? group by event_id")) {
            q.setTimestamp(1, from);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Long writtenAt = written.get(r.getString(1));
                    if (writtenAt != null) {
                        arrived++;
                        duplicates += r.getInt(2) - 1;
                        latency.recordValue(Math.max(0, micros(r.getTimestamp(3)) - writtenAt));
                    }
                }
            }
        }
        System.out.printf("events written %d, arrived in reporting %d, recorded twice %d%n", written.size(), arrived, duplicates);
        System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(95) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0);
        System.out.printf("RESULT event-path count=%d arrived=%d duplicates=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f%n",
                written.size(), arrived, duplicates, latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(95) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0);
    }

    private static int arrived(String[] args, Timestamp from, Map<String, Long> written) throws SQLException {
        int arrived = 0;
        try (Connection c = DriverManager.getConnection(args[1], args[2], args[3]);
             PreparedStatement q = c.prepareStatement("select distinct event_id from processed_event where processed_at >= ?")) {
            q.setTimestamp(1, from);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    if (written.containsKey(r.getString(1))) {
                        arrived++;
                    }
                }
            }
        }
        return arrived;
    }

    private static void sleep() {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long micros(Timestamp t) {
        Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
    }
}
