package org.lif.platform.calendar;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Lets operators update the bank-holiday data without a release and without a restart: when
 * {@value CalendarProducer#FILE_PROPERTY} is set, the file is checked every {@code lif.calendar.reload-interval}
 * (default 5 minutes) and, when it changed, read again and put in force in the {@link WorkingDayCalendar} every
 * service injects. A changed file that cannot be read or is not a valid, complete list is refused with an ERROR log
 * and the data in force stays (a half-updated file must never make deadlines wrong). Dates already computed and
 * stored (a review's due date, an action's due date) keep their value; only later computations use the new data.
 */
@ApplicationScoped
public class BankHolidaysReloader {

    private static final Logger LOG = Logger.getLogger(BankHolidaysReloader.class);

    @Inject
    CalendarProducer producer;
    @Inject
    WorkingDayCalendar calendar;

    @Scheduled(every = "${lif.calendar.reload-interval:5m}", delayed = "${lif.calendar.reload-interval:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkForUpdate() {
        producer.file().ifPresent(file -> reloadIfChanged(file, calendar));
    }

    /**
     * Puts the file's data in force in {@code calendar} if the file changed since it was last read.
     *
     * @return whether new data was put in force (false: unchanged, or changed but refused)
     */
    static boolean reloadIfChanged(BankHolidaysFile file, WorkingDayCalendar calendar) {
        try {
            return file.loadIfChanged().map(newer -> {
                String before = calendar.toString();
                calendar.replaceWith(newer);
                LOG.infof("Bank-holiday file %s changed and was reloaded: %s (was %s)", file.path(), newer, before);
                return true;
            }).orElse(false);
        } catch (RuntimeException e) {
            LOG.errorf("Bank-holiday file %s changed but was refused, the previous data stays in force (%s): %s",
                    file.path(), calendar, e.getMessage());
            return false;
        }
    }
}
