package org.lif.actionplans.recommendation;

import org.lif.platform.calendar.WorkingDayCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The due date an action gets when its recommendation suggests none (or one already past): so many working days from
 * today ({@code lif.actions.default-due-working-days}, default 60).
 *
 * <p>When that count runs past the end of the bank-holiday list, the date is <em>estimated</em> rather than refused:
 * a consumer that refused would retry and dead-letter every such recommendation, and no action would exist at all.
 * Days the list covers are counted as usual; days after it count every Monday to Friday, so the estimate is never
 * later than the true date (at most the uncovered year's bank holidays in the window too early). It is a default the
 * partnership reviews anyway; {@link RecommendationHandler} logs a warning and records the estimate in the action's
 * audit trail so that it is never silent.
 *
 * @param date      the due date
 * @param estimated whether bank holidays past the list's end could not be counted
 */
record DefaultDueDate(LocalDate date, boolean estimated) {

    static DefaultDueDate after(LocalDate today, int workingDays, WorkingDayCalendar calendar) {
        try {
            return new DefaultDueDate(calendar.addWorkingDays(today, workingDays), false);
        } catch (WorkingDayCalendar.CalendarCoverageException e) {
            if (!e.afterCoverage()) {
                throw e; // today before the list's first year: a broken clock, not something to estimate around
            }
            return new DefaultDueDate(estimate(today, workingDays, calendar), true);
        }
    }

    /** As {@link WorkingDayCalendar#addWorkingDays}, with every weekday after the list's end taken as a working day. */
    private static LocalDate estimate(LocalDate today, int workingDays, WorkingDayCalendar calendar) {
        LocalDate d = today;
        if (workingDays == 0) {
            while (!working(d, calendar)) {
                d = d.plusDays(1);
            }
            return d;
        }
        int counted = 0;
        while (counted < workingDays) {
            d = d.plusDays(1);
            if (working(d, calendar)) {
                counted++;
            }
        }
        return d;
    }

    private static boolean working(LocalDate d, WorkingDayCalendar calendar) {
        if (calendar.covers(d)) {
            return calendar.isWorkingDay(d);
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
