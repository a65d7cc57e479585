package org.lif.reviews.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lif.platform.calendar.WorkingDayCalendar;
import org.lif.platform.problem.Problems;
import org.lif.platform.rules.PartnershipRules;
import org.lif.platform.time.Today;

import java.time.LocalDate;

/**
 * The statutory clocks of reviews, every one a configured rule ({@code lif.clocks.<rule>}). A date the bank-holiday
 * calendar does not cover is the caller's input problem (400), never a server error.
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
        try {
            return calendar.addWorkingDays(start, rules.workingDays(rule));
        } catch (WorkingDayCalendar.CalendarCoverageException e) {
            throw outsideCalendar(field);
        }
    }

    /** The last day on which something may happen and still leave {@code rule}'s working days before {@code end}. */
    public LocalDate latestBefore(String rule, LocalDate end, String field) {
        try {
            return calendar.subtractWorkingDays(end, rules.workingDays(rule));
        } catch (WorkingDayCalendar.CalendarCoverageException e) {
            throw outsideCalendar(field);
        }
    }

    /** {@code start} plus the months of a month-based rule. */
    public LocalDate plusMonths(String rule, LocalDate start) {
        return rules.addMonths(rule, start);
    }

    /** Working days in ({@code from}, {@code to}], negative when {@code to} is earlier; 0 beyond the calendar. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        try {
            return calendar.workingDaysBetween(from, to);
        } catch (WorkingDayCalendar.CalendarCoverageException e) {
            return 0;
        }
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

    private RuntimeException outsideCalendar(String field) {
        return Problems.invalid(field, "lies outside the years the bank-holiday calendar covers (" + calendar.firstYear()
                + "-" + calendar.lastYear() + ")");
    }
}
