package org.lif.actionplans.recommendation;

import org.junit.jupiter.api.Test;
import org.lif.platform.calendar.WorkingDayCalendar;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A default due date past the bank-holiday list's end is estimated, never later than the true one, and says so. */
class DefaultDueDateTest {

    /** The shipped list ends on 31 December 2030. */
    static final WorkingDayCalendar SHIPPED = WorkingDayCalendar.englandAndWales();

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void insideTheListItIsTheExactWorkingDayCount() {
        // Fri 20 Dec 2030: 23, 24, (25, 26 bank holidays), 27, 30, 31
        assertEquals(new DefaultDueDate(d("2030-12-31"), false), DefaultDueDate.after(d("2030-12-20"), 5, SHIPPED));
    }

    @Test
    void pastTheListsEndKnownHolidaysStillCountAndLaterWeekdaysAreTakenAsWorkingDays() {
        // the sixth day is Wed 1 Jan 2031: New Year's Day in fact, but the list does not know it, so the estimate is a
        // day early (the true date is Thu 2 January), never late
        assertEquals(new DefaultDueDate(d("2031-01-01"), true), DefaultDueDate.after(d("2030-12-20"), 6, SHIPPED));
    }

    @Test
    void withTodayPastTheListsEndEveryWeekdayCounts() {
        assertEquals(new DefaultDueDate(d("2031-03-10"), true), DefaultDueDate.after(d("2031-03-03"), 5, SHIPPED));
        assertEquals(new DefaultDueDate(d("2031-03-10"), true), DefaultDueDate.after(d("2031-03-08"), 0, SHIPPED));
        // 60 working days (the default) from Mon 3 Mar 2031: 12 weeks
        assertEquals(d("2031-05-26"), DefaultDueDate.after(d("2031-03-03"), 60, SHIPPED).date());
    }
}
