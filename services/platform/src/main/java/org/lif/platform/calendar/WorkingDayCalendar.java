package org.lif.platform.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * England and Wales working-day calendar for statutory clocks ("notify within 5 working days").
 *
 * <p>A <em>working day</em> is Monday to Friday and not a bank holiday. The calendar only knows the bank
 * holidays for a contiguous range of whole years ({@link #firstYear()} to {@link #lastYear()}); any question
 * about a date outside that range fails with a {@link CalendarCoverageException} rather than silently
 * treating the date as having no bank holidays, because that would make a statutory deadline wrong.
 *
 * <p><b>Counting convention.</b> The day a clock starts from is day 0 and is never counted:
 * {@code addWorkingDays(start, n)} for {@code n > 0} is the n-th working day strictly after {@code start}
 * (whether or not {@code start} itself is a working day). So 5 working days from Monday 2 March 2026 is
 * Monday 9 March 2026, and 1 working day from a Saturday is the following Monday (when that is not a bank
 * holiday). {@code addWorkingDays(start, 0)} is {@code start} if it is a working day, otherwise the next
 * working day. For {@code n > 0}, {@code workingDaysBetween(start, addWorkingDays(start, n)) == n}.
 *
 * <p>Dates are calendar dates in England and Wales; convert instants with {@link #ZONE} before asking.
 * Instances are thread-safe. Each question is answered from one immutable set of data ({@link BankHolidays}); the
 * calendar the platform produces for injection switches to newer data when an operator updates the configured file
 * ({@link BankHolidaysReloader}), so injection points never change. Every other instance never changes.
 *
 * <p>Data: {@link #englandAndWales()} loads the shipped copy of the GOV.UK england-and-wales division
 * ({@value #ENGLAND_AND_WALES_RESOURCE}); {@link #fromFile(Path)} loads an updated copy in the same shape
 * (or the whole GOV.UK {@code bank-holidays.json}, from which the england-and-wales division is taken).
 */
public final class WorkingDayCalendar {

    /** The time zone in which statutory working days are reckoned. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** Classpath location of the shipped bank-holiday list. */
    public static final String ENGLAND_AND_WALES_RESOURCE = "calendar/bank-holidays-england-and-wales.json";

    static final String DIVISION = "england-and-wales";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The data in force; replaced as a whole (never changed in place) when an operator's update is loaded. */
    private final AtomicReference<BankHolidays> data;

    /**
     * A calendar whose covered years are those from the earliest to the latest holiday given.
     *
     * @throws IllegalArgumentException if {@code holidays} is empty or some year in that range has no holiday
     *                                  (a gap means the data is incomplete)
     */
    public WorkingDayCalendar(Collection<LocalDate> holidays) {
        this(holidays, minYear(holidays), maxYear(holidays));
    }

    /**
     * A calendar covering the years {@code firstYear} to {@code lastYear} inclusive.
     *
     * @throws IllegalArgumentException if the range is empty, a holiday lies outside it, or a covered year
     *                                  has no holiday at all (England and Wales always has at least eight)
     */
    public WorkingDayCalendar(Collection<LocalDate> holidays, int firstYear, int lastYear) {
        this.data = new AtomicReference<>(new BankHolidays(holidays, firstYear, lastYear));
    }

    /** The calendar built from the bank-holiday list shipped with the platform. */
    public static WorkingDayCalendar englandAndWales() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = WorkingDayCalendar.class.getClassLoader();
        }
        try (InputStream in = cl.getResourceAsStream(ENGLAND_AND_WALES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Bank-holiday resource not found on classpath: "
                        + ENGLAND_AND_WALES_RESOURCE);
            }
            return fromJson(in, "classpath:" + ENGLAND_AND_WALES_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bank-holiday resource " + ENGLAND_AND_WALES_RESOURCE, e);
        }
    }

    /**
     * Loads a bank-holiday list from a file in the GOV.UK shape: either one division
     * ({@code {"division":"england-and-wales","events":[{"title":..,"date":"yyyy-MM-dd"},..]}}) or the
     * whole GOV.UK {@code bank-holidays.json}, of which the {@code england-and-wales} division is used.
     *
     * @throws UncheckedIOException     if the file cannot be read
     * @throws IllegalArgumentException if its content is not a valid, complete england-and-wales list
     */
    public static WorkingDayCalendar fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return fromJson(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bank-holiday file " + file, e);
        }
    }

    /**
     * Parses a bank-holiday list in the shape described at {@link #fromFile(Path)}.
     *
     * @param source a description of where the JSON came from, used in error messages
     * @throws IllegalArgumentException if the content is not a valid, complete england-and-wales list
     * @throws UncheckedIOException     if the stream cannot be read
     */
    public static WorkingDayCalendar fromJson(InputStream json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Bank-holiday data in " + source + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bank-holiday data from " + source, e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Bank-holiday data in " + source + " is not a JSON object");
        }
        JsonNode division = root.has("events") ? root : root.path(DIVISION);
        if (!division.isObject()) {
            throw new IllegalArgumentException("Bank-holiday data in " + source
                    + " has neither an \"events\" array nor an \"" + DIVISION + "\" division");
        }
        JsonNode name = division.get("division");
        if (name != null && !DIVISION.equals(name.asText())) {
            throw new IllegalArgumentException("Bank-holiday data in " + source + " is for division \""
                    + name.asText() + "\", expected \"" + DIVISION + "\"");
        }
        JsonNode events = division.get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw new IllegalArgumentException("Bank-holiday data in " + source + " has no \"events\"");
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (JsonNode event : events) {
            JsonNode date = event.get("date");
            if (date == null || !date.isTextual()) {
                throw new IllegalArgumentException("Bank-holiday event without a \"date\" in " + source + ": " + event);
            }
            try {
                dates.add(LocalDate.parse(date.asText()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Bank-holiday event with an invalid date in " + source + ": "
                        + event, e);
            }
        }
        try {
            return new WorkingDayCalendar(dates);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (" + source + ")", e);
        }
    }

    /** First year (inclusive) whose bank holidays are known. */
    public int firstYear() {
        return data.get().firstYear();
    }

    /** Last year (inclusive) whose bank holidays are known. */
    public int lastYear() {
        return data.get().lastYear();
    }

    /** The last day the calendar can answer about: 31 December of {@link #lastYear()}. */
    public LocalDate lastCoveredDay() {
        return LocalDate.of(lastYear(), 12, 31);
    }

    /** Whether the calendar can answer questions about {@code date}. */
    public boolean covers(LocalDate date) {
        return data.get().covers(date);
    }

    /** All known bank holidays, in date order (unmodifiable). */
    public NavigableSet<LocalDate> holidays() {
        return data.get().holidays();
    }

    /** Whether {@code date} is a bank holiday (weekday or not). */
    public boolean isBankHoliday(LocalDate date) {
        return data.get().isBankHoliday(date);
    }

    /** Whether {@code date} is Monday to Friday and not a bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return data.get().isWorkingDay(date);
    }

    /**
     * The date {@code n} working days after {@code start}; see the class Javadoc for the convention
     * (start is day 0; {@code n == 0} gives {@code start} or, if that is not a working day, the next one).
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws CalendarCoverageException if the start or any day up to the result lies outside the covered years
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return data.get().addWorkingDays(start, n);
    }

    /**
     * The latest date {@code d} for which {@code addWorkingDays(d, n)} is not after {@code end}: the last day on
     * which something must happen to leave {@code n} working days before {@code end} (e.g. "at least 7 working days
     * before publication"). {@code workingDaysBetween(result, end) == n} when {@code n > 0}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws CalendarCoverageException if a day counted lies outside the covered years
     */
    public LocalDate subtractWorkingDays(LocalDate end, int n) {
        return data.get().subtractWorkingDays(end, n);
    }

    /** {@code date} if it is a working day, otherwise the next working day after it. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        return data.get().nextWorkingDayOnOrAfter(date);
    }

    /**
     * Number of working days in the interval ({@code fromExclusive}, {@code toInclusive}]: the first date is
     * not counted, the second is. Zero when the dates are equal; negative (minus the reverse count) when
     * {@code toInclusive} is before {@code fromExclusive}, e.g. to express how far past a deadline a date is.
     *
     * @throws CalendarCoverageException if either date lies outside the covered years
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return data.get().workingDaysBetween(fromExclusive, toInclusive);
    }

    /**
     * Puts {@code newer}'s data in force in this calendar: questions asked from now on are answered from it, a
     * question already being answered finishes on the data it started with. Only the platform's reload of an
     * updated bank-holiday file calls this ({@link BankHolidaysReloader}); every other calendar never changes.
     */
    void replaceWith(WorkingDayCalendar newer) {
        data.set(newer.data.get());
    }

    private static int minYear(Collection<LocalDate> holidays) {
        return holidays.stream().mapToInt(LocalDate::getYear).min()
                .orElseThrow(() -> new IllegalArgumentException("No bank holidays given"));
    }

    private static int maxYear(Collection<LocalDate> holidays) {
        return holidays.stream().mapToInt(LocalDate::getYear).max()
                .orElseThrow(() -> new IllegalArgumentException("No bank holidays given"));
    }

    @Override
    public String toString() {
        BankHolidays current = data.get();
        return "WorkingDayCalendar[" + DIVISION + ", " + current.firstYear() + "-" + current.lastYear() + ", "
                + current.holidays().size() + " bank holidays]";
    }

    /**
     * Thrown when a date outside the years the bank-holiday data covers is used. The data must be updated
     * (see {@code lif.calendar.bank-holidays-file}) before such a deadline can be computed.
     */
    public static final class CalendarCoverageException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        private final transient LocalDate date;
        private final int firstYear;
        private final int lastYear;

        CalendarCoverageException(LocalDate date, int firstYear, int lastYear) {
            super("Date " + date + " is outside the years covered by the England and Wales bank-holiday data ("
                    + firstYear + "-" + lastYear + "); update the bank-holiday list "
                    + "(config lif.calendar.bank-holidays-file) before computing working days for it");
            this.date = date;
            this.firstYear = firstYear;
            this.lastYear = lastYear;
        }

        /** The date that was asked about. */
        public LocalDate date() {
            return date;
        }

        /** First year the data covered when the question was asked. */
        public int firstYear() {
            return firstYear;
        }

        /** Last year the data covered when the question was asked. */
        public int lastYear() {
            return lastYear;
        }

        /**
         * Whether the date lies after the data's last year: the list is out of date and an operator must update it
         * (otherwise the date is older than the data's first year).
         */
        public boolean afterCoverage() {
            return date.getYear() > lastYear;
        }
    }
}
