package org.lif.platform.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lif.platform.calendar.StatutoryClock;
import org.lif.platform.calendar.WorkingDayCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "Today" and the statutory clocks started today, at the instants where they used to go wrong: weekends, bank
 * holidays, Easter, Christmas with its substitute days, the last hour of a British Summer Time day (already tomorrow in
 * England, still today in UTC) and the days the clocks change. The clock is the one the application gets from
 * {@link ClockProducer}, moved to each instant with its offset, exactly as the test kit moves it.
 */
class TodayAtTheEdgesTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    static final StatutoryClock NOTIFICATION = new StatutoryClock("serious-incident-notification", 5);
    static final StatutoryClock RAPID_REVIEW = new StatutoryClock("rapid-review", 15);

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource({
            // instant,             today in England, working day, notification due, rapid review due, what it is
            "2027-01-09T10:00:00Z, 2027-01-09, false, 2027-01-15, 2027-01-29, a Saturday",
            "2027-05-31T10:00:00Z, 2027-05-31, false, 2027-06-07, 2027-06-21, the spring bank holiday Monday",
            "2027-03-26T12:00:00Z, 2027-03-26, false, 2027-04-05, 2027-04-19, Good Friday",
            "2027-03-29T09:00:00Z, 2027-03-29, false, 2027-04-05, 2027-04-19, Easter Monday (in British Summer Time)",
            "2027-12-24T23:30:00Z, 2027-12-24, true,  2028-01-05, 2028-01-19, Christmas Eve late (substitute days 27 and 28 December and 3 January follow)",
            "2027-12-27T10:00:00Z, 2027-12-27, false, 2028-01-05, 2028-01-19, the substitute day for Christmas",
            "2026-07-02T23:30:00Z, 2026-07-03, true,  2026-07-10, 2026-07-24, 23:30 UTC in British Summer Time (already Friday in England)",
            "2027-05-28T23:30:00Z, 2027-05-29, false, 2027-06-07, 2027-06-21, 23:30 UTC on the Friday before a bank holiday weekend (the tests' default)",
            "2027-03-28T00:30:00Z, 2027-03-28, false, 2027-04-05, 2027-04-19, the night the clocks go forward (Easter Sunday)",
            "2027-03-28T23:30:00Z, 2027-03-29, false, 2027-04-05, 2027-04-19, the first evening of summer time (already Easter Monday)",
            "2027-10-30T23:30:00Z, 2027-10-31, false, 2027-11-05, 2027-11-19, the night the clocks go back",
            "2027-10-31T23:30:00Z, 2027-10-31, false, 2027-11-05, 2027-11-19, the first evening of winter time (still Sunday)",
    })
    void todayAndItsDeadlines(Instant instant, LocalDate date, boolean workingDay, LocalDate notificationDue,
                              LocalDate rapidReviewDue, String what) {
        Today today = new Today(ClockProducer.clock(Duration.between(Instant.now(), instant)));
        assertEquals(date, today.date(), what);
        assertEquals(workingDay, CALENDAR.isWorkingDay(today.date()), what);
        assertEquals(notificationDue, NOTIFICATION.dueDate(today.date(), CALENDAR), what);
        assertEquals(rapidReviewDue, RAPID_REVIEW.dueDate(today.date(), CALENDAR), what);
        // the instant is kept, in UTC, to the second (the clock runs on from it)
        assertEquals(0, Duration.between(instant, today.now().toInstant()).toSeconds(), what);
    }
}
