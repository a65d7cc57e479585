package org.lif.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lif.platform.calendar.WorkingDayCalendar;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The application's one {@link Clock}: the system clock, in England's time zone ({@link WorkingDayCalendar#ZONE}).
 * Everything in LIF that needs "now" or "today" gets it from here through {@link Today}; a build rule
 * ({@code services/architecture}) forbids {@code now()} anywhere else in main code.
 *
 * <p>{@value #OFFSET_PROPERTY} (an ISO-8601 duration such as {@code P180D} or {@code -PT2H}) moves this clock by a fixed
 * amount while it keeps running. It exists for tests and training installations — the test kit sets it so that every
 * service of a test run, in one JVM or many, shares one pinned "now" whatever the real date is — and must never be set
 * in production, where it would date records wrongly: a service started with it says so in a warning at start-up.
 */
@ApplicationScoped
public class ClockProducer {

    public static final String OFFSET_PROPERTY = "lif.clock.offset";

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @ConfigProperty(name = OFFSET_PROPERTY)
    Optional<Duration> offset;

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return clock(offset.orElse(Duration.ZERO));
    }

    /** The system clock in England, moved by {@code offset}. */
    public static Clock clock(Duration offset) {
        Clock system = Clock.system(WorkingDayCalendar.ZONE);
        if (offset.isZero()) {
            return system;
        }
        LOG.warnf("The clock is moved by %s (%s): records will be dated accordingly. Never set this in production.",
                offset, OFFSET_PROPERTY);
        return Clock.offset(system, offset);
    }
}
