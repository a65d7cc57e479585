package org.lif.training.followup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jboss.logging.Logger;
import org.lif.platform.tenancy.Partnerships;
import org.lif.platform.time.Today;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Issues impact follow-ups to attendees {@code lif.training.follow-up-months} (default 3 and 6) months after their
 * session, reminds them every {@code lif.training.follow-up-reminder-days} until answered, and expires them after
 * {@code lif.training.follow-up-answer-days}. Runs on a schedule ({@code lif.training.follow-ups.check-every}) in every
 * partnership, each partnership's records in its own context; the partnership team can also run it for theirs.
 */
@ApplicationScoped
public class FollowUpJob {

    private static final Logger LOG = Logger.getLogger(FollowUpJob.class);
    static final String COMPONENT = "training.follow-ups";

    @Inject
    EntityManager em;
    /** Follow-ups issued per query: the job never holds every candidate in memory. */
    static final int BATCH = 500;

    @Inject
    Partnerships partnerships;
    @Inject
    FollowUpService followUps;
    @Inject
    FollowUpRules rules;
    @Inject
    Today today;

    public record Result(int issued, int reminded, int expired) {
    }

    @Scheduled(every = "${lif.training.follow-ups.check-every:1h}", delayed = "${lif.training.follow-ups.first-check-after:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Result r = run(null);
        if (r.issued() + r.reminded() + r.expired() > 0) {
            LOG.infof("impact follow-ups: %d issued, %d reminded, %d expired", r.issued(), r.reminded(), r.expired());
        }
    }

    /** @param partnership only this partnership, or every one when null */
    public Result run(String partnership) {
        OffsetDateTime now = today.now();
        int issued = 0;
        for (int months : rules.months()) {
            // candidates across partnerships: native queries, deliberately outside the tenant filter; each is then
            // handled inside its own partnership
            // in batches: a partnership may have recorded many sessions at once
            List<Object[]> due;
            do {
                due = candidates("""
                        select b.id, b.partnership_id from booking b join training_session s on s.id = b.session_id
                        where b.attendance = 'ATTENDED' and s.ends_at <= :cutoff
                          and s.ends_at > cast(:cutoff as timestamptz) - make_interval(days => cast(:d as int))
                          and (:p = '' or b.partnership_id = :p)
                          and not exists (select 1 from impact_follow_up f where f.booking_id = b.id and f.months_after = :m)
                        limit :batch""",
                        now.minusMonths(months), partnership, months, rules.catchUpDays());
                int before = issued;
                for (Object[] row : due) {
                    issued += inPartnership(row, id -> followUps.issue(id, months)) ? 1 : 0;
                }
                if (issued == before) {
                    break; // none of this batch could be issued now: the next run retries them
                }
            } while (due.size() == BATCH);
        }
        int reminded = 0;
        int expired = 0;
        List<Object[]> open = candidates("""
                select f.id, f.partnership_id from impact_follow_up f
                where f.status = 'OPEN' and (:p = '' or f.partnership_id = :p)
                  and (f.expires_at <= cast(:cutoff as timestamptz)
                       or coalesce(f.last_reminded_at, f.issued_at) <= cast(:cutoff as timestamptz) - make_interval(days => cast(:m as int)))""",
                now, partnership, rules.reminderDays());
        for (Object[] row : open) {
            String outcome = partnerships.callAsSystem((String) row[1], COMPONENT,
                    () -> QuarkusTransaction.requiringNew().call(() -> followUps.remindOrExpire((UUID) row[0])));
            reminded += "reminded".equals(outcome) ? 1 : 0;
            expired += "expired".equals(outcome) ? 1 : 0;
        }
        return new Result(issued, reminded, expired);
    }

    private List<Object[]> candidates(String sql, OffsetDateTime cutoff, String partnership, int m) {
        return candidates(sql, cutoff, partnership, m, null);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> candidates(String sql, OffsetDateTime cutoff, String partnership, int m, Integer catchUpDays) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Query q = em.createNativeQuery(sql)
                    .setParameter("cutoff", cutoff)
                    .setParameter("p", partnership == null ? "" : partnership)
                    .setParameter("m", m);
            if (catchUpDays != null) {
                q.setParameter("d", catchUpDays).setParameter("batch", BATCH);
            }
            return q.getResultList();
        });
    }

    private boolean inPartnership(Object[] row, java.util.function.Function<UUID, Boolean> work) {
        try {
            return partnerships.callAsSystem((String) row[1], COMPONENT,
                    () -> QuarkusTransaction.requiringNew().call(() -> work.apply((UUID) row[0])));
        } catch (RuntimeException e) {
            LOG.warnf("follow-up for booking %s not issued, will retry on the next run: %s", row[0], e.getMessage());
            return false;
        }
    }
}
