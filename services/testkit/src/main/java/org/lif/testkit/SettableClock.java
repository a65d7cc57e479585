package org.lif.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} a test can move: it follows the run's pinned clock ({@link TestClock}) plus an offset, so time still
 * passes while a test runs. Produce it from a test-scoped CDI alternative to replace the platform's default clock.
 */
public final class SettableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final ZoneId zone;

    public SettableClock() {
        this(TestClock.ENGLAND);
    }

    private SettableClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(TestClock.clock().withZone(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return TestClock.instant().plus(offset.get());
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    /** Makes "now" the given instant (time goes on from there). */
    public void set(Instant now) {
        offset.set(Duration.between(TestClock.instant(), now));
    }

    /** Back to the run's pinned clock. */
    public void reset() {
        offset.set(Duration.ZERO);
    }
}
