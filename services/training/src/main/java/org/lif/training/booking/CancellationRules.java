package org.lif.training.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lif.platform.calendar.ClockRules;
import org.lif.platform.calendar.WorkingDayCalendar;
import org.lif.platform.time.Today;
import org.lif.training.session.TrainingSession;

import java.time.LocalDate;

/**
 * Self-cancellation cut-off: a booker may cancel free of charge up to and including the day that lies
 * {@code lif.clocks.training-self-cancellation-cut-off} working days (default 5) before the session's day; later
 * cancellations count as late.
 */
@ApplicationScoped
public class CancellationRules {

    @Inject
    ClockRules rules;
    @Inject
    WorkingDayCalendar calendar;
    @Inject
    Today today;

    public LocalDate lastFreeCancellationDay(TrainingSession s) {
        LocalDate sessionDay = Today.localDate(s.startsAt);
        int days = rules.workingDays(ClockRules.TRAINING_SELF_CANCELLATION_CUT_OFF);
        try {
            return calendar.subtractWorkingDays(sessionDay, days);
        } catch (WorkingDayCalendar.CalendarCoverageException e) {
            return sessionDay.minusDays(days);
        }
    }

    public boolean late(TrainingSession s) {
        return today.date().isAfter(lastFreeCancellationDay(s));
    }
}
