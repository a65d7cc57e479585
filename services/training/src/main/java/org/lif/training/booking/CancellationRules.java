package org.lif.training.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lif.platform.calendar.ClockRules;
import org.lif.platform.calendar.WorkingDayCalendar;
import org.lif.platform.rules.PartnershipRules;
import org.lif.platform.time.Today;
import org.lif.training.session.TrainingSession;

import java.time.LocalDate;

/**
 * Self-cancellation cut-off: a booker may cancel free of charge up to and including the day that lies
 * {@code lif.clocks.training-self-cancellation-cut-off} working days (default 5) before the session's day; later
 * cancellations count as late.
 *
 * <p>When that day cannot be counted because the session lies after the bank-holiday list's last year, the question
 * fails with the calendar's {@link WorkingDayCalendar.CalendarCoverageException} (a 503 problem for an operator to
 * update the list) rather than falling back to calendar days, which would charge or waive a cancellation wrongly.
 */
@ApplicationScoped
public class CancellationRules {

    @Inject
    PartnershipRules rules; // the partnership's own cut-off, else lif.clocks.training-self-cancellation-cut-off
    @Inject
    WorkingDayCalendar calendar;
    @Inject
    Today today;

    public LocalDate lastFreeCancellationDay(TrainingSession s) {
        LocalDate sessionDay = Today.localDate(s.startsAt);
        return calendar.subtractWorkingDays(sessionDay, rules.workingDays(ClockRules.TRAINING_SELF_CANCELLATION_CUT_OFF));
    }

    public boolean late(TrainingSession s) {
        return today.date().isAfter(lastFreeCancellationDay(s));
    }
}
