package org.lif.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The read model's generation and rebuild state (table {@code rm_generation}, one row). Plain JDBC in the JTA
 * transaction: these statements run for consumers and the rebuild thread too, outside any partnership.
 */
@ApplicationScoped
public class ReadModelGeneration {

    @Inject
    DataSource dataSource;
    @Inject
    Event<ReadModelChanged> changes;

    public record State(int generation, String status, OffsetDateTime startedAt, OffsetDateTime finishedAt, long eventsReplayed,
                        long eventsSkipped, String lastError) {
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T jdbc(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("read model generation: " + e.getMessage(), e);
        }
    }

    private static int intOf(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    @Transactional
    public int current() {
        return jdbc(c -> intOf(c, "select generation from rm_generation where id = 1"));
    }

    /** The current generation, held (shared lock) until the caller's transaction ends: a rebuild waits for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int lockCurrent() {
        return jdbc(c -> intOf(c, "select generation from rm_generation where id = 1 for share"));
    }

    @Transactional
    public State state() {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select generation, status, started_at, finished_at, events_replayed, events_skipped, last_error
                    from rm_generation where id = 1"""); ResultSet r = s.executeQuery()) {
                r.next();
                return new State(r.getInt(1), r.getString(2), r.getObject(3, OffsetDateTime.class), r.getObject(4, OffsetDateTime.class),
                        r.getLong(5), r.getLong(6), r.getString(7));
            }
        });
    }

    /**
     * Starts a new generation: clears every read-model table and forgets the older generations' processed events, in
     * one transaction that waits for any event being applied.
     *
     * @return the new generation, or -1 when a rebuild is already running
     */
    @Transactional
    public int startNext() {
        int started = jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("select status from rm_generation where id = 1 for update"); ResultSet r = s.executeQuery()) {
                r.next();
                if ("RUNNING".equals(r.getString(1))) {
                    return -1;
                }
            }
            int next = intOf(c, """
                    update rm_generation set generation = generation + 1, status = 'RUNNING', started_at = now(), finished_at = null,
                    events_replayed = 0, events_skipped = 0, last_error = null where id = 1 returning generation""");
            try (PreparedStatement s = c.prepareStatement("truncate table " + String.join(", ", ReadModel.TABLES))) {
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("delete from processed_event where consumer like ? and consumer <> ?")) {
                s.setString(1, ReadModelConsumer.CONSUMER + "%");
                s.setString(2, ReadModelConsumer.CONSUMER + next);
                s.executeUpdate();
            }
            return next;
        });
        if (started >= 0) {
            changes.fire(ReadModelChanged.everyPartnership());
        }
        return started;
    }

    @Transactional
    public void finish(long replayed, long skipped, String error) {
        jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    update rm_generation set status = ?, finished_at = now(), events_replayed = ?, events_skipped = ?, last_error = ?
                    where id = 1""")) {
                s.setString(1, error == null ? "IDLE" : "FAILED");
                s.setLong(2, replayed);
                s.setLong(3, skipped);
                s.setString(4, error);
                return s.executeUpdate();
            }
        });
    }
}
