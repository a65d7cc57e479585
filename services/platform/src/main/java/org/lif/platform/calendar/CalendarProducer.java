package org.lif.platform.calendar;

import jakarta.enterprise.context.ApplicationScoped;
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
 * whole GOV.UK {@code bank-holidays.json}) to add newly announced or later-year holidays without a release.
 * A configured file that is missing or invalid fails start-up rather than falling back silently.
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

    /** Loads the calendar at start-up so a bad bank-holiday file stops the service instead of failing deadlines later. */
    void checkAtStartup(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event, WorkingDayCalendar calendar,
                        org.lif.platform.time.Today today) {
        if (calendar.lastYear() < today.year() + 1) {
            LOG.warnf("Bank-holiday data only covers up to %d; working-day deadlines after that year will fail. "
                    + "Set %s to an updated list.", calendar.lastYear(), FILE_PROPERTY);
        }
    }

    @Produces
    @Singleton
    WorkingDayCalendar workingDayCalendar() {
        return create(bankHolidaysFile.map(String::trim).filter(s -> !s.isEmpty()).orElse(null));
    }

    /** Builds the calendar from {@code file}, or from the shipped list when {@code file} is null or blank. */
    static WorkingDayCalendar create(String file) {
        WorkingDayCalendar calendar;
        if (file == null || file.isBlank()) {
            calendar = WorkingDayCalendar.englandAndWales();
            LOG.infof("Working-day calendar: shipped bank-holiday list, %s", calendar);
        } else {
            calendar = WorkingDayCalendar.fromFile(Path.of(file.trim()));
            LOG.infof("Working-day calendar: bank holidays from %s (%s), %s", file, FILE_PROPERTY, calendar);
        }
        return calendar;
    }
}
