package org.lif.platform.calendar;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Produces the application's {@link WorkingDayCalendar}.
 *
 * <p>By default the bank-holiday list shipped in the platform jar is used. Operations can point
 * {@code lif.calendar.bank-holidays-file} at an updated copy of the GOV.UK england-and-wales list (or the
 * whole GOV.UK {@code bank-holidays.json}) to add newly announced or later-year holidays without a release; later
 * changes to that file are picked up without a restart ({@link BankHolidaysReloader}).
 * A configured file that is missing or invalid at start-up fails start-up rather than falling back silently.
 * How far ahead the data reaches is watched by {@link CalendarCoverage}.
 */
@ApplicationScoped
public class CalendarProducer {

    public static final String FILE_PROPERTY = "lif.calendar.bank-holidays-file";

    private static final Logger LOG = Logger.getLogger(CalendarProducer.class);

    /*
     * Optional<String> rather than defaultValue="": MicroProfile Config treats an empty value as
     * "not set", so a String property with an empty default fails injection.
     */
    @Inject
    @ConfigProperty(name = FILE_PROPERTY)
    Optional<String> bankHolidaysFile;

    private volatile BankHolidaysFile file;

    /** Loads the calendar at start-up so a bad bank-holiday file stops the service instead of failing deadlines later. */
    void checkAtStartup(@Observes StartupEvent event, WorkingDayCalendar calendar) {
        calendar.lastYear();
    }

    @Produces
    @Singleton
    WorkingDayCalendar workingDayCalendar() {
        String configured = bankHolidaysFile.map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
        if (configured == null) {
            return create(null);
        }
        file = new BankHolidaysFile(Path.of(configured));
        return load(file);
    }

    /** The configured bank-holiday file, once the calendar was produced from it; empty with the shipped list. */
    Optional<BankHolidaysFile> file() {
        return Optional.ofNullable(file);
    }

    /** Builds the calendar from {@code file}, or from the shipped list when {@code file} is null or blank. */
    static WorkingDayCalendar create(String file) {
        if (file == null || file.isBlank()) {
            WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
            LOG.infof("Working-day calendar: shipped bank-holiday list, %s", calendar);
            return calendar;
        }
        return load(new BankHolidaysFile(Path.of(file.trim())));
    }

    private static WorkingDayCalendar load(BankHolidaysFile file) {
        WorkingDayCalendar calendar = file.load();
        LOG.infof("Working-day calendar: bank holidays from %s (%s), %s", file.path(), FILE_PROPERTY, calendar);
        return calendar;
    }
}
