package org.lif.platform.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CAL = WorkingDayCalendar.englandAndWales();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // ---- shipped data ---------------------------------------------------------------------------------

    @Test
    void shippedDataCovers2018To2030() {
        assertEquals(2018, CAL.firstYear());
        assertEquals(2030, CAL.lastYear());
    }

    @Test
    void everyYearHasExactlyTheRightNumberOfBankHolidays() {
        Map<Integer, Long> perYear = CAL.holidays().stream()
                .collect(Collectors.groupingBy(LocalDate::getYear, TreeMap::new, Collectors.counting()));
        Map<Integer, Long> expected = new TreeMap<>();
        for (int y = 2018; y <= 2030; y++) {
            expected.put(y, 8L);
        }
        expected.put(2022, 10L); // Platinum Jubilee + State Funeral of Queen Elizabeth II
        expected.put(2023, 9L);  // Coronation of King Charles III
        assertEquals(expected, perYear);
    }

    @Test
    void everyBankHolidayIsAWeekday() {
        for (LocalDate h : CAL.holidays()) {
            assertTrue(h.getDayOfWeek() != DayOfWeek.SATURDAY && h.getDayOfWeek() != DayOfWeek.SUNDAY,
                    () -> h + " falls on a weekend");
        }
    }

    @Test
    void goodFridayAndEasterMondayFollowEasterSunday() {
        String[] easterSundays = {"2018-04-01", "2019-04-21", "2020-04-12", "2021-04-04", "2022-04-17",
                "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01",
                "2030-04-21"};
        for (String s : easterSundays) {
            LocalDate easter = d(s);
            assertTrue(CAL.isBankHoliday(easter.minusDays(2)), "Good Friday " + easter.minusDays(2));
            assertTrue(CAL.isBankHoliday(easter.plusDays(1)), "Easter Monday " + easter.plusDays(1));
        }
    }

    @Test
    void specialAndSubstituteDaysArePresent() {
        for (String s : new String[] {
                "2020-05-08",               // early May moved to VE day
                "2020-12-28",               // Boxing Day substitute
                "2021-12-27", "2021-12-28", // Christmas and Boxing Day substitutes
                "2022-01-03",               // New Year substitute
                "2022-06-02", "2022-06-03", // spring bank holiday moved + Platinum Jubilee
                "2022-09-19",               // State Funeral of Queen Elizabeth II
                "2022-12-26", "2022-12-27", // Boxing Day, Christmas substitute
                "2023-01-02",               // New Year substitute
                "2023-05-08",               // Coronation of King Charles III
                "2026-12-28",               // Boxing Day substitute
                "2027-12-27", "2027-12-28", // Christmas and Boxing Day substitutes
                "2028-01-03"}) {            // New Year substitute
            assertTrue(CAL.isBankHoliday(d(s)), s);
            assertFalse(CAL.isWorkingDay(d(s)), s);
        }
        // the days the moved holidays were moved from are ordinary working days
        assertTrue(CAL.isWorkingDay(d("2020-05-04")));
        assertTrue(CAL.isWorkingDay(d("2022-05-30")));
        // Christmas Eve is not a bank holiday
        assertTrue(CAL.isWorkingDay(d("2027-12-24")));
    }

    // ---- working-day arithmetic -------------------------------------------------------------------------

    @Test
    void weekendsAreNotWorkingDays() {
        assertTrue(CAL.isWorkingDay(d("2026-03-06")));  // Friday
        assertFalse(CAL.isWorkingDay(d("2026-03-07"))); // Saturday
        assertFalse(CAL.isWorkingDay(d("2026-03-08"))); // Sunday
        assertTrue(CAL.isWorkingDay(d("2026-03-09")));  // Monday
    }

    @Test
    void fiveWorkingDaysFromAMondayWithoutHolidaysIsTheNextMonday() {
        assertEquals(d("2026-03-09"), CAL.addWorkingDays(d("2026-03-02"), 5));
    }

    @Test
    void startDayIsDayZero() {
        LocalDate monday = d("2026-03-02");
        assertEquals(monday, CAL.addWorkingDays(monday, 0));
        assertEquals(d("2026-03-03"), CAL.addWorkingDays(monday, 1));
        // Friday + 1 skips the weekend
        assertEquals(d("2026-03-09"), CAL.addWorkingDays(d("2026-03-06"), 1));
        // from a Saturday: 0 rolls forward to Monday, 1 is Monday (first working day after the start)
        assertEquals(d("2026-03-09"), CAL.addWorkingDays(d("2026-03-07"), 0));
        assertEquals(d("2026-03-09"), CAL.addWorkingDays(d("2026-03-07"), 1));
        assertEquals(d("2026-03-13"), CAL.addWorkingDays(d("2026-03-07"), 5));
        // from a bank holiday, 0 rolls forward past it (Good Friday 2025 -> Tue 22 April)
        assertEquals(d("2025-04-22"), CAL.addWorkingDays(d("2025-04-18"), 0));
    }

    @Test
    void negativeNumberOfDaysIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CAL.addWorkingDays(d("2026-03-02"), -1));
    }

    @Test
    void notificationWindowAcrossEaster2025() {
        // aware Thursday 17 April; Good Friday 18th and Easter Monday 21st are skipped
        assertEquals(d("2025-04-28"), CAL.addWorkingDays(d("2025-04-17"), 5));
    }

    @Test
    void fifteenWorkingDaysAcrossChristmas2026() {
        // Fri 25 Dec, Mon 28 Dec (Boxing Day substitute) and Fri 1 Jan 2027 are skipped
        assertEquals(d("2027-01-07"), CAL.addWorkingDays(d("2026-12-14"), 15));
    }

    @Test
    void acrossThePlatinumJubilee2022() {
        // Thu 2 June (moved spring bank holiday) and Fri 3 June (Jubilee) are skipped
        assertEquals(d("2022-06-09"), CAL.addWorkingDays(d("2022-05-31"), 5));
        // Mon 30 May 2022 was an ordinary working day
        assertEquals(d("2022-05-30"), CAL.addWorkingDays(d("2022-05-27"), 1));
    }

    @Test
    void acrossTheStateFuneral2022() {
        assertEquals(d("2022-09-23"), CAL.addWorkingDays(d("2022-09-15"), 5));
    }

    @Test
    void acrossChristmasSubstituteDays2027() {
        // Mon 27 and Tue 28 Dec 2027 (substitutes) and Mon 3 Jan 2028 (New Year substitute) are skipped
        assertEquals(d("2028-01-05"), CAL.addWorkingDays(d("2027-12-24"), 5));
    }

    @Test
    void workingDaysBetween() {
        assertEquals(5, CAL.workingDaysBetween(d("2025-04-17"), d("2025-04-28")));
        assertEquals(0, CAL.workingDaysBetween(d("2025-04-17"), d("2025-04-17")));
        assertEquals(-5, CAL.workingDaysBetween(d("2025-04-28"), d("2025-04-17")));
        assertEquals(1, CAL.workingDaysBetween(d("2026-03-06"), d("2026-03-09"))); // Fri -> Mon
        assertEquals(0, CAL.workingDaysBetween(d("2026-03-06"), d("2026-03-08"))); // Fri -> Sun
        assertEquals(0, CAL.workingDaysBetween(d("2025-04-17"), d("2025-04-21"))); // Thu -> Easter Monday
        // 2025 has 261 weekdays and 8 bank holidays
        assertEquals(253, CAL.workingDaysBetween(d("2024-12-31"), d("2025-12-31")));
        // 2022 has 260 weekdays and 10 bank holidays
        assertEquals(250, CAL.workingDaysBetween(d("2021-12-31"), d("2022-12-31")));
    }

    @Test
    void addAndBetweenAreConsistent() {
        for (LocalDate start = d("2018-01-01"); start.isBefore(d("2030-11-01")); start = start.plusDays(3)) {
            for (int n = 1; n <= 20; n += 4) {
                LocalDate due = CAL.addWorkingDays(start, n);
                assertTrue(CAL.isWorkingDay(due), () -> "due date not a working day: " + due);
                assertEquals(n, CAL.workingDaysBetween(start, due), "from " + start + " n=" + n);
            }
        }
    }

    // ---- coverage -----------------------------------------------------------------------------------------

    @Test
    void datesOutsideCoveredYearsFailLoudly() {
        WorkingDayCalendar.CalendarCoverageException e = assertThrows(WorkingDayCalendar.CalendarCoverageException.class,
                () -> CAL.isWorkingDay(d("2031-01-02")));
        assertTrue(e.getMessage().contains("2031-01-02") && e.getMessage().contains("2018-2030"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> CAL.isWorkingDay(d("2017-12-29")));
        // a deadline running off the end of the data fails instead of ignoring 2031's holidays
        assertThrows(IllegalStateException.class, () -> CAL.addWorkingDays(d("2030-12-24"), 5));
        assertEquals(d("2030-12-27"), CAL.addWorkingDays(d("2030-12-24"), 1));
        assertThrows(IllegalStateException.class, () -> CAL.workingDaysBetween(d("2030-12-01"), d("2031-01-05")));
        assertThrows(IllegalStateException.class, () -> CAL.addWorkingDays(d("2017-12-29"), 0));
    }

    @Test
    void constructorRejectsGapsInTheData() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkingDayCalendar(java.util.List.of(d("2024-01-01"), d("2026-01-01"))));
        assertThrows(IllegalArgumentException.class, () -> new WorkingDayCalendar(java.util.List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new WorkingDayCalendar(java.util.List.of(d("2024-01-01")), 2025, 2025));
    }

    // ---- loading an updated list ------------------------------------------------------------------------

    private static ObjectNode shippedJson() throws Exception {
        try (InputStream in = WorkingDayCalendar.class.getClassLoader()
                .getResourceAsStream(WorkingDayCalendar.ENGLAND_AND_WALES_RESOURCE)) {
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    @Test
    void fromFileWithAnExtraHolidayMovesTheDeadline(@TempDir Path dir) throws Exception {
        ObjectNode json = shippedJson();
        ((ArrayNode) json.get("events")).addObject()
                .put("title", "Made-up bank holiday")
                .put("date", "2026-03-04")
                .put("notes", "")
                .put("bunting", true);
        Path file = dir.resolve("bank-holidays.json");
        MAPPER.writeValue(file.toFile(), json);

        WorkingDayCalendar custom = WorkingDayCalendar.fromFile(file);

        assertEquals(d("2026-03-09"), CAL.addWorkingDays(d("2026-03-02"), 5));
        assertEquals(d("2026-03-10"), custom.addWorkingDays(d("2026-03-02"), 5));
        assertFalse(custom.isWorkingDay(d("2026-03-04")));
        assertEquals(CAL.holidays().size() + 1, custom.holidays().size());
    }

    @Test
    void fromFileAcceptsTheWholeGovUkFile(@TempDir Path dir) throws Exception {
        ObjectNode whole = MAPPER.createObjectNode();
        whole.set("england-and-wales", shippedJson());
        whole.putObject("scotland").put("division", "scotland").putArray("events")
                .addObject().put("title", "St Andrew’s Day").put("date", "2025-12-01");
        Path file = dir.resolve("bank-holidays.json");
        MAPPER.writeValue(file.toFile(), whole);

        WorkingDayCalendar cal = WorkingDayCalendar.fromFile(file);
        assertEquals(CAL.holidays(), cal.holidays());
    }

    @Test
    void fromFileRejectsBadData(@TempDir Path dir) throws Exception {
        Path scotland = dir.resolve("scotland.json");
        Files.writeString(scotland,
                "{\"division\":\"scotland\",\"events\":[{\"title\":\"x\",\"date\":\"2025-12-01\"}]}");
        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.fromFile(scotland));

        Path badDate = dir.resolve("bad-date.json");
        Files.writeString(badDate,
                "{\"division\":\"england-and-wales\",\"events\":[{\"title\":\"x\",\"date\":\"01/12/2025\"}]}");
        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.fromFile(badDate));

        Path notJson = dir.resolve("not.json");
        Files.writeString(notJson, "not json");
        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.fromFile(notJson));

        assertThrows(UncheckedIOException.class, () -> WorkingDayCalendar.fromFile(dir.resolve("missing.json")));
    }

    @Test
    void subtractWorkingDaysIsTheLatestStartThatLeavesEnoughWorkingDays() {
        WorkingDayCalendar cal = WorkingDayCalendar.englandAndWales();
        // Monday 12 May 2025, 7 working days back over the early May bank holiday (5 May) and a weekend
        LocalDate latest = cal.subtractWorkingDays(LocalDate.parse("2025-05-12"), 7);
        assertEquals(LocalDate.parse("2025-04-30"), latest);
        assertEquals(LocalDate.parse("2025-05-12"), cal.addWorkingDays(latest, 7));
        assertEquals(7, cal.workingDaysBetween(latest, LocalDate.parse("2025-05-12")));
        assertEquals(LocalDate.parse("2025-05-13"), cal.addWorkingDays(latest.plusDays(1), 7));
        // Tuesday 22 April 2025 (after Easter): Easter Monday and Good Friday are skipped
        assertEquals(LocalDate.parse("2025-04-16"), cal.subtractWorkingDays(LocalDate.parse("2025-04-22"), 2));
        assertThrows(IllegalArgumentException.class, () -> cal.subtractWorkingDays(LocalDate.parse("2025-04-22"), -1));
    }
}
