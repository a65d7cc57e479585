package org.lif.reporting.priorities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.lif.reporting.common.Period;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts, per learning theme and within a period, the reviews, audits, actions and training linked to it (in the database). */
@ApplicationScoped
public class ThemeEvidence {

    /** @param training people who attended a course on the theme; briefings: briefings published on it */
    public record Evidence(long reviews, long audits, long actions, long training, long briefings) {
        public long total() {
            return reviews + audits + actions + training + briefings;
        }
    }

    @Inject
    EntityManager em;

    public Map<String, Evidence> count(Collection<String> themes, Period period) {
        Map<String, Evidence> out = new HashMap<>();
        if (themes.isEmpty()) {
            return out;
        }
        Map<String, Long> reviews = grouped("select t.theme, count(distinct t.factId) from ThemeRow t where t.factType = 'REVIEW' and t.theme in :themes"
                + period.clause("t.occurredOn") + " group by t.theme", themes, period);
        Map<String, Long> audits = grouped("select t.theme, count(distinct t.factId) from ThemeRow t where t.factType = 'AUDIT' and t.theme in :themes"
                + period.clause("t.occurredOn") + " group by t.theme", themes, period);
        Map<String, Long> actions = grouped("select t.theme, count(distinct a.actionId) from ActionRow a, ThemeRow t where t.theme in :themes "
                + "and t.factId in (a.planId, a.recommendationId, a.sourceId)" + period.clause("a.createdOn") + " group by t.theme", themes, period);
        Map<String, Long> training = grouped("select t.theme, count(distinct a.bookingId) from AttendanceRow a, ThemeRow t where t.theme in :themes "
                + "and t.factType = 'COURSE' and t.factId = a.courseId and a.attended = true" + period.clause("a.recordedOn")
                + " group by t.theme", themes, period);
        Map<String, Long> briefings = grouped("select t.theme, count(distinct b.briefingId) from BriefingRow b, ThemeRow t where t.theme in :themes "
                + "and t.factType = 'BRIEFING' and t.factId = b.briefingId" + period.clause("b.publishedOn") + " group by t.theme", themes, period);
        for (String theme : themes) {
            out.put(theme, new Evidence(reviews.getOrDefault(theme, 0L), audits.getOrDefault(theme, 0L), actions.getOrDefault(theme, 0L),
                    training.getOrDefault(theme, 0L), briefings.getOrDefault(theme, 0L)));
        }
        return out;
    }

    private Map<String, Long> grouped(String hql, Collection<String> themes, Period period) {
        var q = em.createQuery(hql, Object[].class).setParameter("themes", themes);
        if (period.from() != null) {
            q.setParameter("from", period.from());
        }
        if (period.to() != null) {
            q.setParameter("to", period.to());
        }
        Map<String, Long> out = new HashMap<>();
        List<Object[]> rows = q.getResultList();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
        return out;
    }
}
