package org.lif.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A statutory clock: a named rule of "so many working days" (e.g. {@code rapid-review}, 15).
 *
 * <p>The due date follows {@link WorkingDayCalendar#addWorkingDays(LocalDate, int)}: the start date (e.g. the
 * day the organisation became aware, or was notified) is day 0 and is not counted; the due date is the
 * {@code workingDays}-th working day after it. Something done on the due date is in time.
 *
 * @param rule        the rule's name, e.g. {@code serious-incident-notification}
 * @param workingDays number of working days allowed, {@code >= 0}
 */
public record StatutoryClock(String rule, int workingDays) {

    public StatutoryClock {
        Objects.requireNonNull(rule, "rule");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("Clock rule name must not be blank");
        }
        if (workingDays < 0) {
            throw new IllegalArgumentException("Clock rule " + rule + " has a negative number of working days: "
                    + workingDays);
        }
    }

    /** The last day on which the action is in time, counting from {@code start} (day 0). */
    public LocalDate dueDate(LocalDate start, WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return calendar.addWorkingDays(start, workingDays);
    }

    /** As {@link #dueDate(LocalDate, WorkingDayCalendar)}, taking the start date of {@code start} in England. */
    public LocalDate dueDate(Instant start, WorkingDayCalendar calendar) {
        Objects.requireNonNull(start, "start");
        return dueDate(LocalDate.ofInstant(start, WorkingDayCalendar.ZONE), calendar);
    }

    /** Whether, on {@code asOf}, the deadline of a clock started on {@code start} has passed. */
    public boolean isOverdue(LocalDate start, LocalDate asOf, WorkingDayCalendar calendar) {
        Objects.requireNonNull(asOf, "asOf");
        return asOf.isAfter(dueDate(start, calendar));
    }
}
