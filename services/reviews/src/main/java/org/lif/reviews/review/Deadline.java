package org.lif.reviews.review;

import java.time.LocalDate;

/**
 * The next statutory deadline of a review.
 *
 * @param rule            the clock: rapid-review, final-report, planned-publication, evidencing-impact
 * @param dueOn           the last day in time
 * @param workingDaysLeft working days from today (negative: overdue by so many); null beyond the calendar's years
 * @param overdue         today is after {@code dueOn}
 */
public record Deadline(String rule, LocalDate dueOn, Integer workingDaysLeft, boolean overdue) {
}
