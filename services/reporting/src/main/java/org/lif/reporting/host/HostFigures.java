package org.lif.reporting.host;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.lif.platform.time.Today;
import org.lif.reporting.common.Table;

import java.math.BigDecimal;
import java.util.List;

import static org.lif.reporting.common.Tables.count;
import static org.lif.reporting.common.Tables.percent;
import static org.lif.reporting.common.Tables.row;

/**
 * Aggregates per partnership for the host. Host requests are in no partnership, so the tenant filter would hide every
 * row: these are the only native queries across partnerships, and they return counts grouped by partnership, never rows.
 */
@ApplicationScoped
public class HostFigures {

    @Inject
    EntityManager em;
    @Inject
    Today today;

    public record PartnershipFigures(String partnershipId, long notifications, BigDecimal notificationsOnTimePercent, long rapidReviews,
                                     BigDecimal rapidReviewsOnTimePercent, long reviewsPublished, long recommendations, long openActions,
                                     long overdueActions, long auditsPlanned, long auditsCompleted, long trainingAttended,
                                     BigDecimal nonAttendancePercent, long indicators, long reportsPublished) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<PartnershipFigures> perPartnership() {
        List<Object[]> rows = em.createNativeQuery("""
                with p as (
                    select partnership_id from rm_review_case union select partnership_id from rm_review
                    union select partnership_id from rm_recommendation union select partnership_id from rm_action
                    union select partnership_id from rm_audit union select partnership_id from rm_attendance
                    union select partnership_id from indicator union select partnership_id from annual_report),
                c as (select partnership_id, count(notified_on) n,
                             count(*) filter (where notification_late = false) n_on_time,
                             count(rapid_review_submitted_on) rr,
                             count(*) filter (where rapid_review_submitted_on is not null and rapid_review_on_time) rr_on_time
                      from rm_review_case group by partnership_id),
                r as (select partnership_id, count(*) filter (where published_on is not null) published from rm_review group by partnership_id),
                rec as (select partnership_id, count(*) n from rm_recommendation group by partnership_id),
                a as (select partnership_id, count(*) filter (where status in ('NOT_STARTED', 'IN_PROGRESS')) open,
                             count(*) filter (where status in ('NOT_STARTED', 'IN_PROGRESS') and due_date < :today) overdue
                      from rm_action group by partnership_id),
                au as (select partnership_id, count(*) planned, count(*) filter (where status = 'COMPLETED') completed
                       from rm_audit group by partnership_id),
                t as (select partnership_id, count(*) filter (where attended) attended, count(*) filter (where not attended) dna
                      from rm_attendance group by partnership_id),
                i as (select partnership_id, count(*) n from indicator group by partnership_id),
                ar as (select partnership_id, count(*) filter (where status = 'PUBLISHED') published from annual_report group by partnership_id)
                select p.partnership_id, c.n, c.n_on_time, c.rr, c.rr_on_time, r.published, rec.n, a.open, a.overdue, au.planned,
                       au.completed, t.attended, t.dna, i.n, ar.published
                from p left join c using (partnership_id) left join r using (partnership_id) left join rec using (partnership_id)
                     left join a using (partnership_id) left join au using (partnership_id) left join t using (partnership_id)
                     left join i using (partnership_id) left join ar using (partnership_id)
                order by p.partnership_id""").setParameter("today", today.date()).getResultList();
        return rows.stream().map(r -> new PartnershipFigures((String) r[0], count(r[1]), percent(count(r[2]), count(r[1])), count(r[3]),
                percent(count(r[4]), count(r[3])), count(r[5]), count(r[6]), count(r[7]), count(r[8]), count(r[9]), count(r[10]),
                count(r[11]), percent(count(r[12]), count(r[11]) + count(r[12])), count(r[13]), count(r[14]))).toList();
    }

    public static Table table(List<PartnershipFigures> list) {
        return new Table("host-partnerships", "Partnerships of the host compared (aggregates only)",
                List.of("partnershipId", "notifications", "notificationsOnTimePercent", "rapidReviews", "rapidReviewsOnTimePercent",
                        "reviewsPublished", "recommendations", "openActions", "overdueActions", "auditsPlanned", "auditsCompleted",
                        "trainingAttended", "nonAttendancePercent", "indicators", "reportsPublished"),
                list.stream().map(f -> row(f.partnershipId(), f.notifications(), f.notificationsOnTimePercent(), f.rapidReviews(),
                        f.rapidReviewsOnTimePercent(), f.reviewsPublished(), f.recommendations(), f.openActions(), f.overdueActions(),
                        f.auditsPlanned(), f.auditsCompleted(), f.trainingAttended(), f.nonAttendancePercent(), f.indicators(),
                        f.reportsPublished())).toList());
    }
}
