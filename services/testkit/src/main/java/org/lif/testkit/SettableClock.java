package org.lif.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} a test can move: it follows the system clock plus an offset, so time still passes while a test runs.
 * Produce it from a test-scoped CDI alternative to replace the platform's default clock.
 */
public final class SettableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    /** Makes "now" the given instant (time goes on from there). */
    public void set(Instant now) {
        offset.set(Duration.between(Instant.now(), now));
    }

    /** Back to the real time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }
}
