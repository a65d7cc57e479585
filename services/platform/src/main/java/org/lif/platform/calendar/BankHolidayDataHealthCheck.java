package org.lif.platform.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Health check "bank-holiday data": which years the working-day calendar covers and, when its end is near or passed,
 * a {@code warning} for operators ({@link CalendarCoverage#warning()}). It is always UP: a service whose bank-holiday
 * data runs out still answers everything else (only deadlines past the data's end are refused, each with a clear
 * problem), so taking it out of service would do far more harm than the warning prevents.
 */
@Readiness
@ApplicationScoped
public class BankHolidayDataHealthCheck implements HealthCheck {

    static final String NAME = "bank-holiday data";

    @Inject
    CalendarCoverage coverage;

    public BankHolidayDataHealthCheck() {
    }

    BankHolidayDataHealthCheck(CalendarCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public HealthCheckResponse call() {
        WorkingDayCalendar calendar = coverage.calendar();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up()
                .withData("firstYear", calendar.firstYear())
                .withData("lastYear", calendar.lastYear())
                .withData("lastCoveredDay", coverage.lastCoveredDay().toString())
                .withData("daysRemaining", coverage.daysRemaining());
        coverage.warning().ifPresent(w -> response.withData("warning", w));
        return response.build();
    }
}
