package org.lif.reporting.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.reporting.common.Table;
import org.lif.reporting.readmodel.ReadModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import static org.lif.reporting.common.Tables.count;
import static org.lif.reporting.common.Tables.mean;
import static org.lif.reporting.common.Tables.percent;
import static org.lif.reporting.common.Tables.row;
import static org.lif.reporting.common.Tables.rows;

/**
 * The dashboard's tables, each counted by the database (GROUP BY / aggregates over the read model). The queries run
 * on entities, so the partnership (tenant) and, for agency-scoped callers, the agency (AgencyScope filter on the
 * agency-owned rows) confine them without a hand-written condition. Agency-scoped callers get only the tables about
 * agency-owned records.
 */
@ApplicationScoped
public class DashboardService {

    static final String OPEN = "a.status in ('NOT_STARTED', 'IN_PROGRESS')";

    @Inject
    EntityManager em;
    @Inject
    PartnershipContext context;
    @ConfigProperty(name = "lif.reporting.amber-within-days", defaultValue = "28")
    int amberWithinDays;

    /** Every table the caller may see, in dashboard order. */
    public List<Table> tables(DashboardFilter f) {
        return visible().values().stream().map(t -> t.apply(f)).toList();
    }

    /** One table by name, if the caller may see it. */
    public Optional<Table> table(String name, DashboardFilter f) {
        return Optional.ofNullable(visible().get(name)).map(t -> t.apply(f));
    }

    /** The tables by name; agency-scoped callers get only those about records their agency owns. */
    private Map<String, Function<DashboardFilter, Table>> visible() {
        boolean partnershipWide = context.agencyRestriction().isEmpty();
        Map<String, Function<DashboardFilter, Table>> t = new LinkedHashMap<>();
        if (partnershipWide) {
            t.put("reviews-by-stage", this::reviewsByStage);
            t.put("review-decisions", this::reviewDecisions);
            t.put("statutory-timeliness", this::statutoryTimeliness);
            t.put("recommendations-by-status", this::recommendationsByStatus);
        }
        t.put("actions-by-status", this::actionsByStatus);
        t.put("actions-by-rag", this::actionsByRag);
        t.put("actions-by-owner-agency", this::actionsByOwnerAgency);
        t.put("overdue-ageing", this::overdueAgeing);
        if (partnershipWide) {
            t.put("audits-programme", this::auditsProgramme);
        }
        t.put("section11-ratings", this::section11Matrix);
        t.put("section11-by-standard", this::section11ByStandard);
        t.put("schools-returns", this::schoolsReturns);
        t.put("training-summary", f -> trainingSummary(f, partnershipWide));
        t.put("training-reach", this::trainingReach);
        t.put("training-evaluation", this::trainingEvaluation);
        t.put("training-impact", this::trainingImpact);
        return t;
    }

    public Table reviewsByStage(DashboardFilter f) {
        Map<String, Long> counts = new TreeMap<>();
        collect(counts, query("select r.stage, count(r) from ReviewCaseRow r where 1 = 1"
                + f.period().clause("coalesce(r.notifiedOn, r.rapidReviewSubmittedOn)")
                + theme(f, "r.rapidReviewId, r.notificationId, r.followUpReviewId") + " group by r.stage", f).getResultList());
        collect(counts, query("select r.stage, count(r) from ReviewRow r where 1 = 1" + f.period().clause("r.decidedOn")
                + theme(f, "r.reviewId") + " group by r.stage", f).getResultList());
        List<List<Object>> rows = new ArrayList<>();
        List<String> stages = new ArrayList<>(ReadModel.CASE_STAGES);
        stages.addAll(ReadModel.REVIEW_STAGES);
        stages.forEach(s -> rows.add(row(s, counts.getOrDefault(s, 0L))));
        return new Table("reviews-by-stage", "Reviews by stage", List.of("stage", "count"), rows);
    }

    public Table reviewDecisions(DashboardFilter f) {
        return new Table("review-decisions", "Decisions after rapid reviews", List.of("decision", "count"),
                rows(query("select r.decision, count(r) from ReviewCaseRow r where r.decision is not null" + f.period().clause("r.decidedOn")
                        + theme(f, "r.rapidReviewId, r.notificationId, r.followUpReviewId") + " group by r.decision order by r.decision", f)
                        .getResultList()));
    }

    private static void collect(Map<String, Long> counts, List<?> results) {
        for (Object r : results) {
            Object[] a = (Object[]) r;
            counts.merge((String) a[0], count(a[1]), Long::sum);
        }
    }

    public Table statutoryTimeliness(DashboardFilter f) {
        String cohort = "coalesce(r.notifiedOn, r.rapidReviewSubmittedOn)";
        String caseTheme = theme(f, "r.rapidReviewId, r.notificationId, r.followUpReviewId");
        Object[] n = single(query("select count(r), sum(case when r.notificationLate = false then 1 else 0 end), "
                + "sum(case when r.notificationLate = true then 1 else 0 end) from ReviewCaseRow r where r.notifiedOn is not null"
                + f.period().clause(cohort) + caseTheme, f));
        Object[] rr = single(query("select count(r), "
                + "sum(case when r.rapidReviewSubmittedOn is not null and r.rapidReviewOnTime = true then 1 else 0 end), "
                + "sum(case when r.rapidReviewSubmittedOn is not null and r.rapidReviewOnTime = false then 1 else 0 end), "
                + "sum(case when r.rapidReviewSubmittedOn is null then 1 else 0 end) from ReviewCaseRow r where 1 = 1"
                + f.period().clause(cohort) + caseTheme, f));
        Object[] l = single(query("select count(r), "
                + "sum(case when r.publishedOn is not null and r.publishedOn <= r.finalReportDueOn then 1 else 0 end), "
                + "sum(case when (r.publishedOn is not null and r.publishedOn > r.finalReportDueOn) "
                + "or (r.publishedOn is null and r.finalReportDueOn < :today) then 1 else 0 end), "
                + "sum(case when r.publishedOn is null and r.finalReportDueOn >= :today then 1 else 0 end) "
                + "from ReviewRow r where r.reviewType = 'LCSPR' and r.finalReportDueOn is not null"
                + f.period().clause("r.decidedOn") + theme(f, "r.reviewId"), f));
        List<List<Object>> rows = List.of(
                timeliness("NOTIFICATION_WITHIN_5_WORKING_DAYS", count(n[0]), count(n[1]), count(n[2]), 0),
                timeliness("RAPID_REVIEW_WITHIN_15_WORKING_DAYS", count(rr[0]), count(rr[1]), count(rr[2]), count(rr[3])),
                timeliness("LCSPR_FINAL_REPORT_WITHIN_6_MONTHS", count(l[0]), count(l[1]), count(l[2]), count(l[3])));
        return new Table("statutory-timeliness", "Statutory timeliness",
                List.of("clock", "total", "onTime", "late", "pending", "percentOnTime"), rows);
    }

    private static List<Object> timeliness(String clock, long total, long onTime, long late, long pending) {
        return row(clock, total, onTime, late, pending, percent(onTime, onTime + late));
    }

    public Table recommendationsByStatus(DashboardFilter f) {
        return new Table("recommendations-by-status", "Recommendations by status", List.of("status", "count"),
                rows(query("select r.status, count(r) from RecommendationRow r where 1 = 1" + f.period().clause("r.issuedOn")
                        + theme(f, "r.recommendationId, r.sourceId") + " group by r.status order by r.status", f).getResultList()));
    }

    private String actionsWhere(DashboardFilter f) {
        return " from ActionRow a where 1 = 1" + f.period().clause("a.dueDate") + theme(f, "a.planId, a.recommendationId, a.sourceId");
    }

    public Table actionsByStatus(DashboardFilter f) {
        return new Table("actions-by-status", "Actions by status", List.of("status", "count"),
                rows(query("select a.status, count(a)" + actionsWhere(f) + " group by a.status order by a.status", f).getResultList()));
    }

    public Table actionsByRag(DashboardFilter f) {
        Object[] r = single(query("select sum(case when " + OPEN + " and a.dueDate < :today then 1 else 0 end), "
                + "sum(case when " + OPEN + " and a.dueDate >= :today and a.dueDate <= :amber then 1 else 0 end), "
                + "sum(case when " + OPEN + " and (a.dueDate is null or a.dueDate > :amber) then 1 else 0 end), "
                + "sum(case when " + OPEN + " then 0 else 1 end)" + actionsWhere(f), f));
        return new Table("actions-by-rag", "Actions by RAG (red: overdue; amber: due within " + amberWithinDays + " days; green: on track)",
                List.of("rag", "count"), List.of(row("RED", count(r[0])), row("AMBER", count(r[1])), row("GREEN", count(r[2])),
                row("CLOSED", count(r[3]))));
    }

    public Table actionsByOwnerAgency(DashboardFilter f) {
        List<List<Object>> rows = rows(query("select a.ownerAgency, count(a), sum(case when " + OPEN + " then 1 else 0 end), "
                + "sum(case when " + OPEN + " and a.dueDate < :today then 1 else 0 end), "
                + "sum(case when a.status = 'COMPLETED' then 1 else 0 end)" + actionsWhere(f)
                + " group by a.ownerAgency order by a.ownerAgency", f).getResultList());
        rows.forEach(r -> r.replaceAll(c -> c instanceof Number n ? (Object) n.longValue() : c));
        return new Table("actions-by-owner-agency", "Actions by owner agency", List.of("ownerAgency", "total", "open", "overdue", "completed"), rows);
    }

    public Table overdueAgeing(DashboardFilter f) {
        Object[] r = single(query("select "
                + "sum(case when " + OPEN + " and a.dueDate < :today and a.dueDate >= :d30 then 1 else 0 end), "
                + "sum(case when " + OPEN + " and a.dueDate < :d30 and a.dueDate >= :d60 then 1 else 0 end), "
                + "sum(case when " + OPEN + " and a.dueDate < :d60 and a.dueDate >= :d90 then 1 else 0 end), "
                + "sum(case when " + OPEN + " and a.dueDate < :d90 then 1 else 0 end)" + actionsWhere(f), f));
        return new Table("overdue-ageing", "Overdue actions by days overdue", List.of("daysOverdue", "count"),
                List.of(row("1-30", count(r[0])), row("31-60", count(r[1])), row("61-90", count(r[2])), row("over 90", count(r[3]))));
    }

    public Table auditsProgramme(DashboardFilter f) {
        List<List<Object>> rows = rows(query("select a.programmeYear, count(a), sum(case when a.status = 'COMPLETED' then 1 else 0 end), "
                + "sum(case when a.status = 'COMPLETED' and a.completedOn <= a.plannedEnd then 1 else 0 end), "
                + "sum(case when a.status <> 'COMPLETED' and a.plannedEnd < :today then 1 else 0 end) from AuditRow a where 1 = 1"
                + f.period().clause("a.plannedEnd") + theme(f, "a.auditId") + " group by a.programmeYear order by a.programmeYear", f).getResultList());
        rows.forEach(r -> {
            r.replaceAll(c -> c instanceof Number n ? (Object) n.longValue() : c);
            r.add(percent(count(r.get(2)), count(r.get(1))));
        });
        return new Table("audits-programme", "Audits done against the programme",
                List.of("programmeYear", "planned", "completed", "completedOnTime", "overdue", "percentCompleted"), rows);
    }

    private static final String LATEST_CYCLE = " and r.startYear = (select max(x.startYear) from Section11RatingRow x where x.agency = r.agency)";

    public Table section11Matrix(DashboardFilter f) {
        return new Table("section11-ratings", "Section 11: RAG rating by standard and agency (latest cycle)",
                List.of("standard", "title", "agency", "rating"),
                rows(query("select r.standard, r.title, r.agency, r.rating from Section11RatingRow r where 1 = 1" + LATEST_CYCLE
                        + f.period().clause("r.agreedOn") + " order by r.standard, r.agency", f).getResultList()));
    }

    public Table section11ByStandard(DashboardFilter f) {
        List<List<Object>> rows = rows(query("select r.standard, sum(case when r.rating = 'RED' then 1 else 0 end), "
                + "sum(case when r.rating = 'AMBER' then 1 else 0 end), sum(case when r.rating = 'GREEN' then 1 else 0 end) "
                + "from Section11RatingRow r where 1 = 1" + LATEST_CYCLE + f.period().clause("r.agreedOn")
                + " group by r.standard order by r.standard", f).getResultList());
        rows.forEach(r -> r.replaceAll(c -> c instanceof Number n ? (Object) n.longValue() : c));
        return new Table("section11-by-standard", "Section 11: agencies per RAG rating, by standard", List.of("standard", "red", "amber", "green"), rows);
    }

    public Table schoolsReturns(DashboardFilter f) {
        List<List<Object>> rows = rows(query("select s.academicYear, count(s), sum(case when s.onTime = true then 1 else 0 end), "
                + "sum(s.red), sum(s.amber), sum(s.green) from SchoolsReturnRow s where 1 = 1" + f.period().clause("s.submittedOn")
                + " group by s.academicYear order by s.academicYear", f).getResultList());
        rows.forEach(r -> r.replaceAll(c -> c instanceof Number n ? (Object) n.longValue() : c));
        return new Table("schools-returns", "Section 175/157 schools returns",
                List.of("academicYear", "returns", "onTime", "redStandards", "amberStandards", "greenStandards"), rows);
    }

    public Table trainingSummary(DashboardFilter f, boolean partnershipWide) {
        String courseTheme = theme(f, "a.courseId");
        Object[] att = single(query("select sum(case when a.attended = true then 1 else 0 end), sum(case when a.attended = false then 1 else 0 end), "
                + "count(distinct case when a.attended = true then a.agency end) from AttendanceRow a where 1 = 1"
                + f.period().clause("a.recordedOn") + courseTheme, f));
        Object[] ev = single(query("select count(a), avg(a.confidenceBefore), avg(a.confidenceAfter), "
                + "sum(case when a.outcomesMet = 'FULLY' then 1 else 0 end) from EvaluationRow a where 1 = 1"
                + f.period().clause("a.submittedOn") + courseTheme, f));
        Object[] cascades = single(query("select count(a), sum(a.countReached) from CascadeRow a where 1 = 1"
                + f.period().clause("a.cascadedOn") + theme(f, "a.briefingId"), f));
        long attended = count(att[0]);
        long dna = count(att[1]);
        List<List<Object>> rows = new ArrayList<>(List.of(
                row("attended", attended),
                row("did not attend", dna),
                row("non-attendance percent", percent(dna, attended + dna)),
                row("agencies reached", count(att[2])),
                row("evaluations", count(ev[0])),
                row("mean confidence before", mean(ev[1])),
                row("mean confidence after", mean(ev[2])),
                row("outcomes fully met percent", percent(count(ev[3]), count(ev[0]))),
                row("briefing cascades", count(cascades[0])),
                row("staff reached by cascades", count(cascades[1]))));
        if (partnershipWide) {
            rows.add(row("briefings published", count(query("select count(a) from BriefingRow a where 1 = 1"
                    + f.period().clause("a.publishedOn") + theme(f, "a.briefingId"), f).getSingleResult())));
            rows.add(row("sessions cancelled", count(query("select count(a) from SessionCancelledRow a where 1 = 1"
                    + f.period().clause("a.startsOn") + courseTheme, f).getSingleResult())));
        }
        return new Table("training-summary", "Training: reach, non-attendance and evaluation", List.of("measure", "value"), rows);
    }

    public Table trainingReach(DashboardFilter f) {
        List<List<Object>> rows = rows(query("select a.agency, sum(case when a.attended = true then 1 else 0 end), "
                + "sum(case when a.attended = false then 1 else 0 end) from AttendanceRow a where 1 = 1" + f.period().clause("a.recordedOn")
                + theme(f, "a.courseId") + " group by a.agency order by a.agency", f).getResultList());
        rows.forEach(r -> {
            r.replaceAll(c -> c instanceof Number n ? (Object) n.longValue() : c);
            r.add(percent(count(r.get(2)), count(r.get(1)) + count(r.get(2))));
        });
        return new Table("training-reach", "Training reach and non-attendance by agency",
                List.of("agency", "attended", "didNotAttend", "nonAttendancePercent"), rows);
    }

    public Table trainingEvaluation(DashboardFilter f) {
        List<List<Object>> rows = rows(query("select a.outcomesMet, count(a), avg(a.confidenceBefore), avg(a.confidenceAfter) "
                + "from EvaluationRow a where 1 = 1" + f.period().clause("a.submittedOn") + theme(f, "a.courseId")
                + " group by a.outcomesMet order by a.outcomesMet", f).getResultList());
        rows.forEach(r -> {
            r.set(2, mean(r.get(2)));
            r.set(3, mean(r.get(3)));
        });
        return new Table("training-evaluation", "Training evaluations by outcomes met",
                List.of("outcomesMet", "evaluations", "meanConfidenceBefore", "meanConfidenceAfter"), rows);
    }

    public Table trainingImpact(DashboardFilter f) {
        List<List<Object>> rows = rows(query("select a.monthsAfter, count(a), avg(a.practiceChanged), avg(a.confidenceNow) "
                + "from ImpactRow a where 1 = 1" + f.period().clause("a.answeredOn") + theme(f, "a.courseId")
                + " group by a.monthsAfter order by a.monthsAfter", f).getResultList());
        rows.forEach(r -> {
            r.set(0, "after " + r.get(0) + " months");
            r.set(2, mean(r.get(2)));
            r.set(3, mean(r.get(3)));
        });
        return new Table("training-impact", "Training impact follow-ups (3 and 6 months)",
                List.of("followUp", "answers", "meanPracticeChanged", "meanConfidenceNow"), rows);
    }

    // ---- query helpers ----

    /** {@code and exists (a theme row for one of these ids)}, when the filter has a theme. */
    static String theme(DashboardFilter f, String ids) {
        return f.theme() == null ? "" : " and exists (select 1 from ThemeRow t where t.theme = :theme and t.factId in (" + ids + "))";
    }

    private Query query(String hql, DashboardFilter f) {
        Query q = em.createQuery(hql);
        bind(q, hql, "from", f.period().from());
        bind(q, hql, "to", f.period().to());
        bind(q, hql, "theme", f.theme());
        bind(q, hql, "today", f.today());
        bind(q, hql, "amber", f.today().plusDays(amberWithinDays));
        bind(q, hql, "d30", f.today().minusDays(30));
        bind(q, hql, "d60", f.today().minusDays(60));
        bind(q, hql, "d90", f.today().minusDays(90));
        return q;
    }

    private static void bind(Query q, String hql, String name, Object value) {
        if (hql.matches("(?s).*:" + name + "\\b.*")) {
            q.setParameter(name, value);
        }
    }

    private static Object[] single(Query q) {
        return (Object[]) q.getSingleResult();
    }
}
