package org.lif.reviews.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lif.platform.calendar.WorkingDayCalendar;
import org.lif.platform.problem.Problems;
import org.lif.platform.rules.PartnershipRules;
import org.lif.platform.time.Today;

import java.time.LocalDate;

/**
 * The statutory clocks of reviews, every one a configured rule ({@code lif.clocks.<rule>}). A date given before the
 * bank-holiday calendar's first year is the caller's input problem (400 on that field). A count that runs past the
 * calendar's last year is not: the list is out of date, so the calendar's
 * {@link WorkingDayCalendar.CalendarCoverageException} goes up to the platform's 503 problem, which tells an operator to
 * update the list; never a server error and never a number guessed without that year's bank holidays.
 */
@ApplicationScoped
public class Clocks {

    @Inject
    WorkingDayCalendar calendar;
    @Inject
    Today today;
    @Inject
    PartnershipRules rules; // the partnership's own values, else the installation's (lif.clocks.*)

    /** The last day of the working-day clock {@code rule} started on {@code start} (the date given as {@code field}). */
    public LocalDate due(String rule, LocalDate start, String field) {
        requireNotBeforeCalendar(start, field);
        return calendar.addWorkingDays(start, rules.workingDays(rule));
    }

    /** The last day on which something may happen and still leave {@code rule}'s working days before {@code end}. */
    public LocalDate latestBefore(String rule, LocalDate end, String field) {
        requireNotBeforeCalendar(end, field);
        try {
            return calendar.subtractWorkingDays(end, rules.workingDays(rule));
        } catch (WorkingDayCalendar.CalendarCoverageException e) {
            if (e.afterCoverage()) {
                throw e;
            }
            throw outsideCalendar(field); // counting back ran into the years before the calendar
        }
    }

    /** {@code start} plus the months of a month-based rule. */
    public LocalDate plusMonths(String rule, LocalDate start) {
        return rules.addMonths(rule, start);
    }

    /**
     * Working days in ({@code from}, {@code to}], negative when {@code to} is earlier.
     *
     * @throws WorkingDayCalendar.CalendarCoverageException beyond the calendar's years (the platform answers 503)
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    public int workingDays(String rule) {
        return rules.workingDays(rule);
    }

    public int months(String rule) {
        return rules.months(rule);
    }

    /** Working days from today to {@code due} (negative when overdue), or null beyond the calendar's years. */
    public Integer workingDaysLeft(LocalDate due) {
        try {
            return calendar.workingDaysBetween(today.date(), due);
        } catch (WorkingDayCalendar.CalendarCoverageException e) {
            return null;
        }
    }

    private void requireNotBeforeCalendar(LocalDate date, String field) {
        if (date != null && date.getYear() < calendar.firstYear()) {
            throw outsideCalendar(field);
        }
    }

    private RuntimeException outsideCalendar(String field) {
        return Problems.invalid(field, "lies outside the years the bank-holiday calendar covers (" + calendar.firstYear()
                + "-" + calendar.lastYear() + ")");
    }
}
