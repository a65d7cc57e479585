package org.lif.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import org.lif.platform.calendar.WorkingDayCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * "Now" and "today" from the application's {@link Clock} (see {@link ClockProducer}), so tests can move time:
 * the instant in UTC, the date in England ({@link WorkingDayCalendar#ZONE}), which is the date statutory deadlines
 * and due dates are about.
 */
@ApplicationScoped
public class Today {

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Today's date in England. */
    public LocalDate date() {
        return localDate(now());
    }

    /** The date in England of an instant, e.g. the day a training session takes place. */
    public static LocalDate localDate(OffsetDateTime instant) {
        return instant.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    }
}
