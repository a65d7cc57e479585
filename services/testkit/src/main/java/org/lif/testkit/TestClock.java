package org.lif.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The one "now" of a test run, pinned to a fixed instant whatever the real date is, so that no test passes or fails
 * because of the day it runs on.
 * <p>
 * The run starts at {@value #DEFAULT_START} — a Friday 23:30 UTC in British Summer Time, which is already Saturday
 * 00:30 in England, before the late-May bank holiday Monday: a UTC date, an English date, a weekend and a bank holiday
 * at once — or at the instant of the system property {@value #PROPERTY} (e.g.
 * {@code ./mvnw verify -Dlif.test.clock=2027-03-26T10:00:00Z}, Good Friday), and runs on in real time from there.
 * <p>
 * Every service under test gets the same clock: {@link LifTestStack} and the journeys give each service
 * {@value #OFFSET_PROPERTY} = {@link #offset()} (the platform's {@code ClockProducer} adds it to the system clock), and
 * tests ask this class for today and now instead of calling {@code now()}. The offset is fixed once per JVM, so services
 * started in other JVMs of the same run (the journeys) share it exactly.
 */
public final class TestClock {

    /** System property naming the instant the run starts at (ISO-8601, e.g. {@code 2027-12-24T23:30:00Z}). */
    public static final String PROPERTY = "lif.test.clock";
    /** The instant the run starts at unless {@value #PROPERTY} says otherwise. */
    public static final String DEFAULT_START = "2027-05-28T23:30:00Z";
    /** The platform's configuration property that moves a service's clock. */
    public static final String OFFSET_PROPERTY = "lif.clock.offset";
    /** England, where LIF's dates are. */
    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    // The one real-time read of a test run, by design: how far the pinned start is from now. Everything else (the
    // services through lif.clock.offset, the tests through this class) reads the moved clock.
    private static final Duration OFFSET = Duration.between(Instant.now(), start());

    private TestClock() {
    }

    /** The instant this run started at. */
    public static Instant start() {
        return Instant.parse(System.getProperty(PROPERTY, DEFAULT_START).trim());
    }

    /** How far the run's clock is from the real one. */
    public static Duration offset() {
        return OFFSET;
    }

    /** The run's clock (in England's zone), as the services under test have it. */
    public static Clock clock() {
        return Clock.offset(Clock.system(ENGLAND), OFFSET);
    }

    public static Instant instant() {
        return clock().instant();
    }

    /** Now, in UTC. */
    public static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(instant(), ZoneOffset.UTC);
    }

    /** Today's date in England. */
    public static LocalDate today() {
        return LocalDate.ofInstant(instant(), ENGLAND);
    }

    /** The configuration that gives a service this clock ({@value #OFFSET_PROPERTY}). */
    public static Map<String, String> config() {
        return Map.of(OFFSET_PROPERTY, OFFSET.toString());
    }
}
