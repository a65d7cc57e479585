package org.lif.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import org.lif.platform.calendar.WorkingDayCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The one seam through which LIF reads the time: "now" and "today" from the application's {@link Clock}
 * (see {@link ClockProducer}), so that tests can pin and move time. Instants are recorded in UTC; dates are dates in
 * England ({@link WorkingDayCalendar#ZONE}), which is what statutory deadlines, due dates and "overdue" are about —
 * between 23:00 and 24:00 UTC in British Summer Time it is already tomorrow in England.
 */
@ApplicationScoped
public class Today {

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock;
    }

    /** Now, as a UTC timestamp (how LIF stores and publishes instants). */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Now, as an instant. */
    public Instant instant() {
        return clock.instant();
    }

    /** Today's date in England. */
    public LocalDate date() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE);
    }

    /** The current year in England (the year of {@link #date()}). */
    public int year() {
        return date().getYear();
    }

    /** The date in England of an instant, e.g. the day a training session takes place or an event happened. */
    public static LocalDate localDate(OffsetDateTime instant) {
        return instant.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    }
}
