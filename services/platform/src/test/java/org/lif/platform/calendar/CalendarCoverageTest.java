package org.lif.platform.calendar;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.lif.platform.time.Today;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Operators are warned a year before the bank-holiday data runs out; the service stays UP. */
class CalendarCoverageTest {

    /** The shipped list ends on 31 December 2030. */
    static final WorkingDayCalendar SHIPPED = WorkingDayCalendar.englandAndWales();

    static CalendarCoverage on(String instant, int warnDays) {
        return new CalendarCoverage(SHIPPED, new Today(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)), warnDays);
    }

    @Test
    void moreThanAYearAheadThereIsNoWarning() {
        CalendarCoverage coverage = on("2029-12-31T12:00:00Z", 365);
        assertEquals(365, coverage.daysRemaining());
        assertTrue(coverage.warning().isEmpty());
        HealthCheckResponse health = new BankHolidayDataHealthCheck(coverage).call();
        assertEquals("bank-holiday data", health.getName());
        assertEquals(HealthCheckResponse.Status.UP, health.getStatus());
        assertEquals(2030L, health.getData().orElseThrow().get("lastYear"));
        assertEquals("2030-12-31", health.getData().orElseThrow().get("lastCoveredDay"));
        assertFalse(health.getData().orElseThrow().containsKey("warning"));
    }

    @Test
    void lessThanAYearBeforeTheEndTheCheckStaysUpAndWarnsInPlainEnglish() {
        CalendarCoverage coverage = on("2030-01-01T12:00:00Z", 365);
        assertEquals(364, coverage.daysRemaining());
        HealthCheckResponse health = new BankHolidayDataHealthCheck(coverage).call();
        assertEquals(HealthCheckResponse.Status.UP, health.getStatus());
        String warning = (String) health.getData().orElseThrow().get("warning");
        assertTrue(warning.startsWith("The bank-holiday list ends on 31 December 2030, in 364 days"), warning);
        assertTrue(warning.contains("lif.calendar.bank-holidays-file"), warning);
    }

    @Test
    void afterTheEndTheWarningSaysSinceWhen() {
        CalendarCoverage coverage = on("2031-01-02T09:00:00Z", 365);
        assertEquals(-2, coverage.daysRemaining());
        assertTrue(coverage.warning().orElseThrow().startsWith("The bank-holiday list ended on 31 December 2030, 2 days ago"));
        assertEquals(HealthCheckResponse.Status.UP, new BankHolidayDataHealthCheck(coverage).call().getStatus());
    }

    @Test
    void theWarningPeriodIsConfigurableAndTodayIsEnglandsDate() {
        // 23:30 UTC on 30 June 2030 is already 1 July in England: 183 days left
        assertEquals(183, on("2030-06-30T23:30:00Z", 365).daysRemaining());
        assertTrue(on("2030-06-30T23:30:00Z", 90).warning().isEmpty());
        assertTrue(on("2030-10-02T12:00:00Z", 90).warning().isEmpty());
        assertTrue(on("2030-10-02T12:00:00Z", 90 + 1).warning().isPresent());
    }

    @Test
    void theGaugeFollowsTodayAndTheDataInForce() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        on("2030-12-01T12:00:00Z", 365).atStartup(null, registry);
        assertEquals(30.0, registry.get("lif.calendar.coverage.days.remaining").gauge().value());
    }
}
