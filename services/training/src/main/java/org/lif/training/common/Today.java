package org.lif.training.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lif.platform.calendar.WorkingDayCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** "Now" for the training service, from the injected {@link Clock} so tests can move time. */
@ApplicationScoped
public class Today {

    @Inject
    Clock clock;

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Today's date in England. */
    public LocalDate date() {
        return now().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    }

    public static LocalDate localDate(OffsetDateTime instant) {
        return instant.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    }
}
