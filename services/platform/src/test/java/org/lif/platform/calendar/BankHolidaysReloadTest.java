package org.lif.platform.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An operator's updated bank-holiday file is put in force without a restart; a bad update is refused, the old data stays. */
class BankHolidaysReloadTest {

    @TempDir
    Path dir;

    @Test
    void aChangedFileIsPutInForceInTheCalendarServicesAlreadyHold() throws Exception {
        Path path = dir.resolve("bank-holidays.json");
        write(path, 1, "2040-01-02", "2040-12-25");
        BankHolidaysFile file = new BankHolidaysFile(path);
        WorkingDayCalendar calendar = file.load();
        assertEquals(2, calendar.holidays().size());
        assertEquals(2040, calendar.lastYear());
        assertFalse(BankHolidaysReloader.reloadIfChanged(file, calendar), "unchanged: nothing to do");
        assertThrows(WorkingDayCalendar.CalendarCoverageException.class, () -> calendar.addWorkingDays(LocalDate.parse("2041-01-07"), 1));

        write(path, 2, "2040-01-02", "2040-12-25", "2041-01-01", "2041-04-19", "2041-12-25");
        assertTrue(BankHolidaysReloader.reloadIfChanged(file, calendar));
        // the same instance answers from the new data
        assertEquals(5, calendar.holidays().size());
        assertEquals(2041, calendar.lastYear());
        assertTrue(calendar.isBankHoliday(LocalDate.parse("2041-04-19")));
        assertEquals(LocalDate.parse("2041-01-08"), calendar.addWorkingDays(LocalDate.parse("2041-01-07"), 1));
        assertFalse(BankHolidaysReloader.reloadIfChanged(file, calendar), "read once per change");
    }

    @Test
    void anInvalidNewFileIsRefusedAndThePreviousDataStaysInForce() throws Exception {
        Path path = dir.resolve("bank-holidays.json");
        write(path, 1, "2040-01-02", "2040-12-25");
        BankHolidaysFile file = new BankHolidaysFile(path);
        WorkingDayCalendar calendar = file.load();

        Files.writeString(path, "{\"division\":\"england-and-wales\",\"events\":[{\"title\":\"Half-saved");
        Files.setLastModifiedTime(path, FileTime.from(Instant.parse("2030-01-01T00:00:02Z")));
        assertFalse(BankHolidaysReloader.reloadIfChanged(file, calendar));
        assertEquals(2, calendar.holidays().size());
        assertEquals(2040, calendar.lastYear());

        // a gap (no holiday in 2041) is refused too
        write(path, 3, "2040-01-02", "2042-01-01");
        assertFalse(BankHolidaysReloader.reloadIfChanged(file, calendar));
        assertEquals(2040, calendar.lastYear());

        // a file that disappears leaves the data in force
        Files.delete(path);
        assertFalse(BankHolidaysReloader.reloadIfChanged(file, calendar));
        assertEquals(2, calendar.holidays().size());

        // and the corrected file is taken
        write(path, 4, "2040-01-02", "2040-12-25", "2041-01-01");
        assertTrue(BankHolidaysReloader.reloadIfChanged(file, calendar));
        assertEquals(2041, calendar.lastYear());
    }

    @Test
    void otherCalendarsAreUntouchedByAReload() throws Exception {
        Path path = dir.resolve("bank-holidays.json");
        write(path, 1, "2040-01-02");
        BankHolidaysFile file = new BankHolidaysFile(path);
        WorkingDayCalendar calendar = file.load();
        WorkingDayCalendar shipped = WorkingDayCalendar.englandAndWales();
        write(path, 2, "2040-01-02", "2041-01-01");
        assertTrue(BankHolidaysReloader.reloadIfChanged(file, calendar));
        assertEquals(2030, shipped.lastYear());
        assertSame(calendar.holidays(), calendar.holidays());
    }

    /** Writes a GOV.UK-shaped list; {@code version} sets a distinct last-modified time, as an operator's save would. */
    private static void write(Path path, int version, String... dates) throws Exception {
        StringBuilder events = new StringBuilder();
        for (String d : dates) {
            events.append(events.length() == 0 ? "" : ",").append("{\"title\":\"Bank holiday\",\"date\":\"").append(d).append("\"}");
        }
        Files.writeString(path, "{\"division\":\"england-and-wales\",\"events\":[" + events + "]}");
        Files.setLastModifiedTime(path, FileTime.from(Instant.parse("2030-01-01T00:00:00Z").plusSeconds(version)));
    }
}
