package org.lif.platform.problem;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.lif.platform.calendar.WorkingDayCalendar;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Working days beyond the bank-holiday data: a clear problem, once for every service, never a 500 or a guess. */
class CalendarCoverageProblemTest {

    final ProblemMappers mappers = new ProblemMappers();
    static final WorkingDayCalendar SHIPPED = WorkingDayCalendar.englandAndWales();

    @Test
    void pastTheDataEndItIs503ForAnOperatorToFix() {
        WorkingDayCalendar.CalendarCoverageException e = assertThrows(WorkingDayCalendar.CalendarCoverageException.class,
                () -> SHIPPED.addWorkingDays(LocalDate.parse("2030-12-24"), 5));
        Response response = mappers.calendarCoverage(e, null);
        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertNull(response.getHeaderString("Retry-After"));
        Problem problem = (Problem) response.getEntity();
        assertEquals(Problem.TYPE_BASE + "calendar-coverage", problem.type());
        assertEquals("Working days after 31 December 2030 cannot be counted: the bank-holiday list ends there. "
                + "An operator must update it (lif.calendar.bank-holidays-file).", problem.detail());
    }

    @Test
    void beforeTheDataStartItIsABadRequest() {
        WorkingDayCalendar.CalendarCoverageException e = assertThrows(WorkingDayCalendar.CalendarCoverageException.class,
                () -> SHIPPED.workingDaysBetween(LocalDate.parse("2010-01-04"), LocalDate.parse("2019-01-04")));
        Response response = mappers.calendarCoverage(e, null);
        assertEquals(400, response.getStatus());
        assertEquals("Working days before 1 January 2018 cannot be counted: the bank-holiday list starts there.",
                ((Problem) response.getEntity()).detail());
    }

    @Test
    void wrappedOnItsWayOutItIsStillNotAnInternalError() {
        WorkingDayCalendar.CalendarCoverageException e = assertThrows(WorkingDayCalendar.CalendarCoverageException.class,
                () -> SHIPPED.isWorkingDay(LocalDate.parse("2031-01-02")));
        assertEquals(503, mappers.unexpected(new RuntimeException("wrapped", e), null).getStatus());
    }
}
