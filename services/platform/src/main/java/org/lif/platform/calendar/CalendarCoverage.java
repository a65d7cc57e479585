package org.lif.platform.calendar;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lif.platform.time.Today;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * How far ahead the bank-holiday data reaches, so operators are warned well before working-day deadlines start being
 * refused: a warning once today is less than {@code lif.calendar.warn-days-before-end} days (default 365) before the
 * data's last day, shown by the health check {@link BankHolidayDataHealthCheck}, logged at start-up, and the gauge
 * {@value #GAUGE} (Prometheus {@code lif_calendar_coverage_days_remaining}) for alerting. "Today" is the platform's
 * {@link Today}, so it is England's date on the application clock.
 */
@ApplicationScoped
public class CalendarCoverage {

    public static final String WARN_DAYS_PROPERTY = "lif.calendar.warn-days-before-end";
    static final String GAUGE = "lif.calendar.coverage.days.remaining";

    private static final Logger LOG = Logger.getLogger(CalendarCoverage.class);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final WorkingDayCalendar calendar;
    private final Today today;
    private final int warnDays;

    @Inject
    public CalendarCoverage(WorkingDayCalendar calendar, Today today,
                            @ConfigProperty(name = WARN_DAYS_PROPERTY, defaultValue = "365") int warnDays) {
        this.calendar = calendar;
        this.today = today;
        this.warnDays = warnDays;
    }

    void atStartup(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder(GAUGE, this, CalendarCoverage::daysRemaining)
                .description("Days from today to the last day the bank-holiday data covers (negative: passed)")
                .register(registry);
        warning().ifPresent(LOG::warn);
    }

    /** The last day working days can be counted to: 31 December of the data's last year. */
    public LocalDate lastCoveredDay() {
        return calendar.lastCoveredDay();
    }

    /** Days from today to {@link #lastCoveredDay()}: 0 on that day, negative once it has passed. */
    public long daysRemaining() {
        return ChronoUnit.DAYS.between(today.date(), lastCoveredDay());
    }

    /** A plain-English warning for operators when the data ends within the warning period (or has ended). */
    public Optional<String> warning() {
        long left = daysRemaining();
        if (left >= warnDays) {
            return Optional.empty();
        }
        String end = DAY.format(lastCoveredDay());
        String when = left >= 0
                ? "ends on " + end + ", in " + left + " day" + (left == 1 ? "" : "s")
                : "ended on " + end + ", " + -left + " day" + (left == -1 ? "" : "s") + " ago";
        return Optional.of("The bank-holiday list " + when + ": working-day deadlines after that date cannot be counted "
                + "and are refused. Update it: point " + CalendarProducer.FILE_PROPERTY + " at the current GOV.UK list "
                + "(picked up within lif.calendar.reload-interval, no restart needed).");
    }

    /** The data in force, for the health check. */
    WorkingDayCalendar calendar() {
        return calendar;
    }
}
