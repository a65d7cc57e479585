package org.lif.actionplans.overdue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.lif.actionplans.action.ActionService;
import org.lif.platform.tenancy.Partnerships;
import org.lif.platform.time.Today;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Finds open actions past their due date, in every partnership, and raises {@code ActionOverdue} once per due date
 * (a later check raises nothing new; a changed due date that passes raises again). Runs on a schedule
 * ({@code lif.overdue.check-every}, default hourly) and at start-up.
 */
@ApplicationScoped
public class OverdueDetector {

    private static final Logger LOG = Logger.getLogger(OverdueDetector.class);
    static final String COMPONENT = "overdue-detector";

    @Inject
    EntityManager em;
    @Inject
    Today today;
    @Inject
    Partnerships partnerships;
    @Inject
    ActionService actions;

    @Scheduled(every = "${lif.overdue.check-every:1h}", delayed = "${lif.overdue.first-check-after:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        detect(today.date());
    }

    /** @return how many actions were newly found overdue */
    public int detect(LocalDate today) {
        // Candidates across all partnerships: a native query, deliberately outside the tenant filter; each one is then
        // handled inside its own partnership.
        @SuppressWarnings("unchecked")
        List<Object[]> candidates = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        select id, partnership_id from action
                        where status in ('NOT_STARTED', 'IN_PROGRESS') and due_date < :today
                          and (overdue_raised_for is null or overdue_raised_for <> due_date)""")
                .setParameter("today", today)
                .getResultList());
        int raised = 0;
        for (Object[] row : candidates) {
            UUID id = (UUID) row[0];
            String partnership = (String) row[1];
            try {
                boolean done = partnerships.callAsSystem(partnership, COMPONENT,
                        () -> QuarkusTransaction.requiringNew().call(() -> actions.markOverdue(id, today)));
                raised += done ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warnf("could not mark action %s overdue, will retry on the next check: %s", id, e.getMessage());
            }
        }
        if (raised > 0) {
            LOG.infof("%d action(s) newly overdue", raised);
        }
        return raised;
    }
}
