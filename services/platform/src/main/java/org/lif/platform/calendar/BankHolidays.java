package org.lif.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One immutable set of England and Wales bank-holiday data and the working-day arithmetic on it. It is what
 * {@link WorkingDayCalendar} answers from; kept apart so that the calendar the services inject can switch to newer
 * data (an operator updated the file) while every single question is still answered from one consistent set.
 * The counting conventions are documented on {@link WorkingDayCalendar}.
 */
final class BankHolidays {

    private final NavigableSet<LocalDate> holidays;
    private final int firstYear;
    private final int lastYear;

    /**
     * Data covering the years {@code firstYear} to {@code lastYear} inclusive.
     *
     * @throws IllegalArgumentException if the range is empty, a holiday lies outside it, or a covered year
     *                                  has no holiday at all (England and Wales always has at least eight)
     */
    BankHolidays(Collection<LocalDate> holidays, int firstYear, int lastYear) {
        Objects.requireNonNull(holidays, "holidays");
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("firstYear " + firstYear + " is after lastYear " + lastYear);
        }
        TreeSet<LocalDate> set = new TreeSet<>();
        for (LocalDate d : holidays) {
            Objects.requireNonNull(d, "holiday date");
            if (d.getYear() < firstYear || d.getYear() > lastYear) {
                throw new IllegalArgumentException(
                        "Bank holiday " + d + " lies outside the covered years " + firstYear + "-" + lastYear);
            }
            set.add(d);
        }
        for (int y = firstYear; y <= lastYear; y++) {
            LocalDate jan1 = LocalDate.of(y, 1, 1);
            LocalDate next = set.ceiling(jan1);
            if (next == null || next.getYear() != y) {
                throw new IllegalArgumentException("Bank-holiday data has no entries for " + y
                        + " although it covers " + firstYear + "-" + lastYear + "; the list looks incomplete");
            }
        }
        this.holidays = Collections.unmodifiableNavigableSet(set);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** First year (inclusive) whose bank holidays are known. */
    int firstYear() {
        return firstYear;
    }

    /** Last year (inclusive) whose bank holidays are known. */
    int lastYear() {
        return lastYear;
    }

    /** Whether the calendar can answer questions about {@code date}. */
    boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    /** All known bank holidays, in date order (unmodifiable). */
    NavigableSet<LocalDate> holidays() {
        return holidays;
    }

    /** Whether {@code date} is a bank holiday (weekday or not). */
    boolean isBankHoliday(LocalDate date) {
        requireCovered(date);
        return holidays.contains(date);
    }

    /** Whether {@code date} is Monday to Friday and not a bank holiday. */
    boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The date {@code n} working days after {@code start}; see the class Javadoc for the convention
     * (start is day 0; {@code n == 0} gives {@code start} or, if that is not a working day, the next one).
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws WorkingDayCalendar.CalendarCoverageException if the start or any day up to the result lies outside the covered years
     */
    LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("Number of working days must not be negative: " + n);
        }
        requireCovered(start);
        if (n == 0) {
            return nextWorkingDayOnOrAfter(start);
        }
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The latest date {@code d} for which {@code addWorkingDays(d, n)} is not after {@code end}: the last day on
     * which something must happen to leave {@code n} working days before {@code end} (e.g. "at least 7 working days
     * before publication"). {@code workingDaysBetween(result, end) == n} when {@code n > 0}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws WorkingDayCalendar.CalendarCoverageException if a day counted lies outside the covered years
     */
    LocalDate subtractWorkingDays(LocalDate end, int n) {
        Objects.requireNonNull(end, "end");
        if (n < 0) {
            throw new IllegalArgumentException("Number of working days must not be negative: " + n);
        }
        requireCovered(end);
        LocalDate d = end;
        int counted = 0;
        while (counted < n) {
            requireCovered(d);
            if (isWorkingDay(d)) {
                counted++;
            }
            d = d.minusDays(1);
        }
        return d;
    }

    /** {@code date} if it is a working day, otherwise the next working day after it. */
    LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Number of working days in the interval ({@code fromExclusive}, {@code toInclusive}]: the first date is
     * not counted, the second is. Zero when the dates are equal; negative (minus the reverse count) when
     * {@code toInclusive} is before {@code fromExclusive}, e.g. to express how far past a deadline a date is.
     *
     * @throws WorkingDayCalendar.CalendarCoverageException if either date lies outside the covered years
     */
    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        requireCovered(fromExclusive);
        requireCovered(toInclusive);
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!covers(date)) {
            throw new WorkingDayCalendar.CalendarCoverageException(date, firstYear, lastYear);
        }
    }
}
