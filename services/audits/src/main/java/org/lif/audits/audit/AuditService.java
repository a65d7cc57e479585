package org.lif.audits.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.audits.common.Callers;
import org.lif.audits.common.Inputs;
import org.lif.platform.time.Today;
import org.lif.audits.recommendation.RecommendationRequest;
import org.lif.audits.recommendation.RecommendationView;
import org.lif.audits.recommendation.Recommendations;
import org.lif.audits.tool.AuditTool;
import org.lif.audits.tool.ToolResource;
import org.lif.contracts.SourceType;
import org.lif.contracts.audits.AuditCompletedV1;
import org.lif.contracts.audits.AuditEvents;
import org.lif.contracts.audits.AuditPlannedV1;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.problem.Problem;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.AgencyScope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.lif.audits.audit.AuditStatus.*;

/**
 * The audit programme and the audits on it. Every change is validated against the audit's state (409 otherwise),
 * written to the audit trail, and the plan and completion are published (AuditPlanned, AuditCompleted).
 */
@ApplicationScoped
public class AuditService {

    static final String ENTITY = "audit";

    @Inject
    Callers callers;
    @Inject
    Today today;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    Recommendations recommendations;

    // ---------------------------------------------------------------- plan

    @Transactional
    public Audit plan(AuditRequests.Plan request) {
        checkDates(request.plannedStart(), request.plannedEnd());
        Audit a = new Audit();
        a.id = UUID.randomUUID();
        a.type = request.type();
        a.programmeYear = request.programmeYear();
        a.createdAt = today.now();
        a.createdBy = callers.actor();
        if (request.type().multiAgency()) {
            if (request.ownerAgency() != null) {
                throw Problems.invalid("ownerAgency", "only a single-agency audit has an owner agency");
            }
            a.status = PLANNED;
        } else {
            if (request.ownerAgency() == null) {
                throw Problems.invalid("ownerAgency", "is required for a single-agency audit: the agency asked to share it");
            }
            a.ownerAgency = request.ownerAgency();
            a.requestedOn = today.date();
            a.status = REQUESTED;
        }
        setPlan(a, request.title(), request.themes(), request.subgroup(), request.plannedStart(), request.plannedEnd(), request.lead());
        a.persist();
        audit.record(ENTITY, a.id, "PLANNED", null, a.status, a.type + " " + a.programmeYear);
        publishPlan(a);
        return a;
    }

    @Transactional
    public Audit replan(UUID id, AuditRequests.Replan request) {
        Audit a = managed(id);
        require(a, "change the plan", PLANNED, REQUESTED, IN_PROGRESS);
        checkDates(request.plannedStart(), request.plannedEnd());
        String before = a.plannedStart + ".." + a.plannedEnd;
        setPlan(a, request.title(), request.themes(), request.subgroup(), request.plannedStart(), request.plannedEnd(), request.lead());
        audit.record(ENTITY, a.id, "REPLANNED", before, a.plannedStart + ".." + a.plannedEnd, a.title);
        publishPlan(a);
        return a;
    }

    @Transactional
    public Audit cancel(UUID id, AuditRequests.Cancel request) {
        Audit a = managed(id);
        require(a, "cancel", PLANNED, REQUESTED, IN_PROGRESS);
        AuditStatus from = a.status;
        a.status = CANCELLED;
        a.cancelledReason = request.reason();
        audit.record(ENTITY, a.id, "CANCELLED", from, a.status, request.reason());
        return a;
    }

    // ---------------------------------------------------------------- multi-agency conduct

    @Transactional
    public Audit start(UUID id, AuditRequests.Start request) {
        Audit a = managed(id);
        requireMultiAgency(a, "start");
        require(a, "start", PLANNED);
        ToolResource.tool(request.toolId());
        a.toolId = request.toolId();
        a.agencies = Inputs.distinct(request.agencies());
        a.caseSample = Inputs.distinct(request.caseSample());
        a.returnsDueOn = request.returnsDueOn();
        a.startedOn = today.date();
        a.status = IN_PROGRESS;
        audit.record(ENTITY, a.id, "STARTED", PLANNED, a.status, a.agencies.size() + " agencies, " + a.caseSample.size() + " cases");
        return a;
    }

    @Transactional
    public AuditReturn saveReturn(UUID id, AuditRequests.SaveReturn request) {
        String agency = callers.requireAgency();
        Audit a = participating(id, agency);
        require(a, "make returns", IN_PROGRESS);
        AuditTool tool = ToolResource.tool(a.toolId);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.answers().size(); i++) {
            AuditRequests.AnswerInput in = request.answers().get(i);
            if (!tool.hasQuestion(in.question())) {
                errors.add(new Problem.FieldError("answers[" + i + "].question", "is not a question of the audit's tool"));
            }
            if (!tool.gradingScale.contains(in.grade())) {
                errors.add(new Problem.FieldError("answers[" + i + "].grade", "must be one of " + tool.gradingScale));
            }
            if (in.caseRef() != null && !a.caseSample.contains(in.caseRef())) {
                errors.add(new Problem.FieldError("answers[" + i + "].caseRef", "is not in the audit's case sample"));
            }
        }
        if (request.overallGrade() != null && !tool.gradingScale.contains(request.overallGrade())) {
            errors.add(new Problem.FieldError("overallGrade", "must be one of " + tool.gradingScale));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        AuditReturn r = ownReturn(a, agency);
        if (r == null) {
            r = new AuditReturn();
            r.id = UUID.randomUUID();
            r.auditId = a.id;
            r.ownerAgency = agency;
            r.status = AuditReturn.Status.DRAFT;
            touch(r);
            r.persist();
        } else if (r.status == AuditReturn.Status.SUBMITTED) {
            throw Problems.conflict("Your return was submitted on " + r.submittedOn + " and can no longer be changed.");
        }
        r.answers = request.answers().stream().map(x -> new AuditReturn.Answer(x.question(), x.caseRef(), x.grade(), x.comment())).toList();
        r.overallGrade = request.overallGrade();
        r.summary = request.summary();
        touch(r);
        audit.record("audit-return", r.id, "SAVED", null, r.status, "audit " + a.id + " by " + agency);
        return r;
    }

    @Transactional
    public AuditReturn submitReturn(UUID id) {
        String agency = callers.requireAgency();
        Audit a = participating(id, agency);
        require(a, "submit returns", IN_PROGRESS);
        AuditReturn r = ownReturn(a, agency);
        if (r == null) {
            throw Problems.conflict("Save your return before submitting it.");
        }
        if (r.status == AuditReturn.Status.SUBMITTED) {
            throw Problems.conflict("Your return was already submitted on " + r.submittedOn + ".");
        }
        if (r.answers.isEmpty() || r.overallGrade == null) {
            throw Problems.conflict("A return needs its answers and an overall grade before it is submitted.");
        }
        r.status = AuditReturn.Status.SUBMITTED;
        r.submittedOn = today.date();
        touch(r);
        audit.record("audit-return", r.id, "SUBMITTED", AuditReturn.Status.DRAFT, r.status, "audit " + a.id + " by " + agency);
        return r;
    }

    /** The caller's own return: 404 when it has none yet. */
    public AuditReturn myReturn(UUID id) {
        String agency = callers.requireAgency();
        AuditReturn r = ownReturn(participating(id, agency), agency);
        if (r == null) {
            throw Problems.notFound("Return of " + agency + " to audit", id);
        }
        return r;
    }

    /**
     * Returns the caller may see: the partnership and the chair see all; an agency its own, and every return once
     * the audit is closed (its published results) if it took part.
     */
    public List<AuditReturn> returns(UUID id) {
        Audit a = visible(id);
        if (!callers.seesAll() && a.status == CLOSED && callers.agency().map(a.agencies::contains).orElse(false)) {
            return AgencyScope.acrossAgencies(Panache.getEntityManager(), () -> returnsOf(a));
        }
        return returnsOf(a);
    }

    @Transactional
    public Audit consultation(UUID id, AuditRequests.Consultation request) {
        Audit a = managed(id);
        requireMultiAgency(a, "record consultation");
        require(a, "record the voice of the child and consultation", IN_PROGRESS);
        a.voiceOfChild = request.voiceOfChild();
        a.consultation = request.consultation();
        audit.record(ENTITY, a.id, "CONSULTATION_RECORDED", null, a.status, null);
        return a;
    }

    @Transactional
    public Audit discussion(UUID id, AuditRequests.Discussion request) {
        Audit a = managed(id);
        requireMultiAgency(a, "record a discussion");
        require(a, "record the multi-agency discussion", IN_PROGRESS);
        if (a.startedOn != null && request.heldOn().isBefore(a.startedOn)) {
            throw Problems.invalid("heldOn", "must not be before the audit started (" + a.startedOn + ")");
        }
        a.discussionHeldOn = request.heldOn();
        a.discussionNotes = request.notes();
        audit.record(ENTITY, a.id, "DISCUSSION_HELD", null, a.status, String.valueOf(request.heldOn()));
        return a;
    }

    @Transactional
    public AuditFinding addFinding(UUID id, AuditRequests.AddFinding request) {
        Audit a = managed(id);
        requireMultiAgency(a, "record findings");
        require(a, "record findings", IN_PROGRESS, REPORTED);
        AuditFinding f = new AuditFinding();
        f.id = UUID.randomUUID();
        f.auditId = a.id;
        f.kind = request.kind();
        f.text = request.text();
        f.themes = Inputs.themes(request.themes());
        f.createdAt = today.now();
        f.createdBy = callers.actor();
        f.persist();
        for (String theme : f.themes) {
            if (!a.themes.contains(theme)) {
                a.themes = new ArrayList<>(a.themes);
                a.themes.add(theme);
            }
        }
        audit.record(ENTITY, a.id, "FINDING_ADDED", null, f.kind, f.id.toString());
        return f;
    }

    @Transactional
    public RecommendationView recommend(UUID id, RecommendationRequest request) {
        Audit a = managed(id);
        requireMultiAgency(a, "issue recommendations");
        require(a, "issue recommendations", IN_PROGRESS, REPORTED);
        var rec = recommendations.issue(SourceType.AUDIT, a.id, a.title, null, a.subgroup, a.themes, request);
        audit.record(ENTITY, a.id, "RECOMMENDATION_ISSUED", null, a.status, rec.id.toString());
        return recommendations.view(rec);
    }

    @Transactional
    public Audit report(UUID id, AuditRequests.Report request) {
        Audit a = managed(id);
        requireMultiAgency(a, "report");
        require(a, "report to the subgroup", IN_PROGRESS);
        if (AuditFinding.count("auditId", a.id) == 0) {
            throw Problems.conflict("Record the audit's findings before reporting it to the subgroup.");
        }
        if (a.discussionHeldOn == null) {
            throw Problems.conflict("Record the multi-agency discussion before reporting the audit to the subgroup.");
        }
        a.reportedToSubgroupOn = request.reportedOn();
        a.reportSummary = request.summary();
        a.status = REPORTED;
        audit.record(ENTITY, a.id, "REPORTED", IN_PROGRESS, a.status, a.subgroup);
        return a;
    }

    @Transactional
    public Audit close(UUID id) {
        Audit a = managed(id);
        requireMultiAgency(a, "close");
        require(a, "close (report it to the subgroup first)", REPORTED);
        a.status = CLOSED;
        a.completedOn = today.date();
        audit.record(ENTITY, a.id, "CLOSED", REPORTED, a.status, null);
        Map<String, Integer> grades = new TreeMap<>();
        for (AuditReturn r : returnsOf(a)) {
            if (r.status == AuditReturn.Status.SUBMITTED && r.overallGrade != null) {
                grades.merge(r.overallGrade, 1, Integer::sum);
            }
        }
        publishCompleted(a, grades, (int) AuditFinding.count("auditId = ?1 and kind = ?2", a.id, AuditFinding.Kind.GOOD_PRACTICE),
                (int) AuditFinding.count("auditId = ?1 and kind = ?2", a.id, AuditFinding.Kind.AREA_FOR_IMPROVEMENT));
        return a;
    }

    // ---------------------------------------------------------------- single-agency

    /** The agency shares the summary and outcomes of a single-agency audit the partnership requested. */
    @Transactional
    public Audit share(UUID id, AuditRequests.Share request) {
        String agency = callers.requireAgency();
        Audit a = visible(id);
        if (a.type.multiAgency() || !agency.equals(a.ownerAgency)) {
            throw Problems.notFound("Single-agency audit of " + agency, id);
        }
        require(a, "share", REQUESTED);
        AuditStatus from = a.status;
        applyShare(a, request);
        audit.record(ENTITY, a.id, "SHARED", from, a.status, agency);
        publishCompleted(a, Map.of(), 0, 0);
        return a;
    }

    /** The agency shares a single-agency audit it ran on its own initiative. */
    @Transactional
    public Audit shareOwn(AuditRequests.ShareOwn request) {
        String agency = callers.requireAgency();
        Audit a = new Audit();
        a.id = UUID.randomUUID();
        a.type = AuditType.SINGLE_AGENCY;
        a.title = request.title();
        a.programmeYear = request.programmeYear();
        a.ownerAgency = agency;
        a.createdAt = today.now();
        a.createdBy = callers.actor();
        applyShare(a, request.share());
        a.persist();
        audit.record(ENTITY, a.id, "SHARED", null, a.status, agency);
        publishCompleted(a, Map.of(), 0, 0);
        return a;
    }

    private void applyShare(Audit a, AuditRequests.Share request) {
        a.singleAgencySummary = request.summary();
        a.singleAgencyOutcomes = request.outcomes();
        a.casesAudited = request.casesAudited();
        if (request.themes() != null && !request.themes().isEmpty()) {
            a.themes = Inputs.themes(request.themes());
        }
        a.sharedOn = today.date();
        a.completedOn = a.sharedOn;
        a.status = CLOSED;
    }

    // ---------------------------------------------------------------- reading

    public PagedList<AuditViews.Summary> list(Integer year, AuditStatus status, AuditType type, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        if (year != null) {
            where.add("programmeYear = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (type != null) {
            where.add("type = :type");
            params.put("type", type);
        }
        String confine = agencyCondition(params);
        if (confine != null) {
            where.add(confine);
        }
        PanacheQuery<Audit> q = Audit.find(String.join(" and ", where), Sort.by("programmeYear").and("plannedStart").and("title").and("id"), params);
        return PagedList.of(q, page, this::summary);
    }

    public AuditViews.Programme programme(int year) {
        List<Audit> audits = Audit.list("programmeYear = ?1 and ownerAgency is null or programmeYear = ?1 and requestedOn is not null",
                Sort.by("plannedStart").and("title").and("id"), year);
        Map<AuditStatus, Long> byStatus = new EnumMap<>(AuditStatus.class);
        Arrays.stream(AuditStatus.values()).forEach(s -> byStatus.put(s, 0L));
        audits.forEach(a -> byStatus.merge(a.status, 1L, Long::sum));
        long completed = byStatus.get(CLOSED);
        long onTime = audits.stream().filter(a -> a.status == CLOSED && (a.plannedEnd == null || !a.completedOn.isAfter(a.plannedEnd))).count();
        long overdue = audits.stream().filter(this::overdue).count();
        return new AuditViews.Programme(year, audits.size(), byStatus, completed, onTime, overdue, audits.stream().map(this::summary).toList());
    }

    public List<AuditViews.OverdueReturn> overdueReturns() {
        List<AuditViews.OverdueReturn> out = new ArrayList<>();
        for (Audit a : Audit.<Audit>list("status = ?1 and returnsDueOn < ?2", Sort.by("returnsDueOn").and("id"), IN_PROGRESS, today.date())) {
            Map<String, AuditReturn> returns = byAgency(a);
            for (String agency : a.agencies) {
                AuditReturn r = returns.get(agency);
                if ((r == null || r.status != AuditReturn.Status.SUBMITTED) && callers.seesAllOr(agency)) {
                    out.add(new AuditViews.OverdueReturn(a.id, a.title, agency, a.returnsDueOn));
                }
            }
        }
        return out;
    }

    public AuditViews.Detail detail(UUID id) {
        Audit a = visible(id);
        Map<String, AuditReturn> returns = byAgency(a);
        boolean late = a.status == IN_PROGRESS && a.returnsDueOn != null && a.returnsDueOn.isBefore(today.date());
        List<AuditViews.ReturnStatus> statuses = a.agencies.stream().filter(callers::seesAllOr).map(agency -> {
            AuditReturn r = returns.get(agency);
            boolean in = r != null && r.status == AuditReturn.Status.SUBMITTED;
            return new AuditViews.ReturnStatus(agency, r == null ? null : r.status, r == null ? null : r.submittedOn, late && !in);
        }).toList();
        List<AuditViews.Finding> findings = AuditFinding.<AuditFinding>list("auditId", Sort.by("createdAt").and("id"), a.id)
                .stream().map(AuditViews.Finding::of).toList();
        return new AuditViews.Detail(summary(a), a.toolId, a.agencies, a.caseSample, a.returnsDueOn, statuses, a.voiceOfChild,
                a.consultation, a.discussionHeldOn, a.discussionNotes, a.reportedToSubgroupOn, a.reportSummary, a.requestedOn,
                a.singleAgencySummary, a.singleAgencyOutcomes, a.casesAudited, a.startedOn, a.cancelledReason, findings,
                recommendations.of(a.id));
    }

    public AuditViews.Summary summary(Audit a) {
        return new AuditViews.Summary(a.id, a.title, a.type, a.status, a.programmeYear, a.themes, a.subgroup, a.plannedStart,
                a.plannedEnd, a.lead, a.ownerAgency, a.completedOn, overdue(a));
    }

    // ---------------------------------------------------------------- access

    /**
     * The audit if the caller may see it, 404 otherwise: the partnership and the chair see every audit; an agency the
     * multi-agency audits it takes part in and every closed multi-agency audit (published results), and its own
     * single-agency audits.
     */
    public Audit visible(UUID id) {
        Audit a = id == null ? null : Audit.findById(id);
        if (a == null || !callers.seesAll() && !agencySees(a)) {
            throw Problems.notFound("Audit", id);
        }
        return a;
    }

    private Audit managed(UUID id) {
        Audit a = visible(id);
        if (!callers.manages()) {
            throw Problems.notFound("Audit", id);
        }
        return a;
    }

    private Audit participating(UUID id, String agency) {
        Audit a = visible(id);
        if (!a.type.multiAgency() || !a.agencies.contains(agency)) {
            throw Problems.notFound("Audit with " + agency + " taking part", id);
        }
        return a;
    }

    private boolean agencySees(Audit a) {
        return callers.agency().map(agency -> a.type.multiAgency()
                ? a.agencies.contains(agency) || a.status == CLOSED
                : agency.equals(a.ownerAgency)).orElse(false);
    }

    private String agencyCondition(Map<String, Object> params) {
        if (callers.seesAll()) {
            return null;
        }
        params.put("agency", callers.agency().orElse("\u0000no-agency"));
        params.put("closed", CLOSED);
        params.put("single", AuditType.SINGLE_AGENCY);
        return "(type <> :single and (array_contains(agencies, :agency) or status = :closed) or type = :single and ownerAgency = :agency)";
    }

    // ---------------------------------------------------------------- helpers

    private boolean overdue(Audit a) {
        return a.plannedEnd != null && a.plannedEnd.isBefore(today.date()) && a.status != CLOSED && a.status != CANCELLED;
    }

    private static List<AuditReturn> returnsOf(Audit a) {
        return AuditReturn.list("auditId", Sort.by("ownerAgency"), a.id);
    }

    private static Map<String, AuditReturn> byAgency(Audit a) {
        Map<String, AuditReturn> map = new HashMap<>();
        returnsOf(a).forEach(r -> map.put(r.ownerAgency, r));
        return map;
    }

    private static AuditReturn ownReturn(Audit a, String agency) {
        return AuditReturn.find("auditId = ?1 and ownerAgency = ?2", a.id, agency).firstResult();
    }

    private void touch(AuditReturn r) {
        r.updatedAt = today.now();
        r.updatedBy = callers.actor();
    }

    private static void setPlan(Audit a, String title, List<String> themes, String subgroup, java.time.LocalDate start,
                                java.time.LocalDate end, String lead) {
        a.title = title;
        a.themes = Inputs.themes(themes);
        a.subgroup = subgroup;
        a.plannedStart = start;
        a.plannedEnd = end;
        a.lead = lead;
    }

    private static void checkDates(java.time.LocalDate start, java.time.LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw Problems.invalid("plannedEnd", "must not be before plannedStart");
        }
    }

    static void require(Audit a, String doing, AuditStatus... allowed) {
        if (Arrays.stream(allowed).noneMatch(s -> s == a.status)) {
            throw Problems.conflict("Cannot " + doing + ": the audit is " + a.status + " (needs " + Arrays.toString(allowed) + ").");
        }
    }

    private static void requireMultiAgency(Audit a, String doing) {
        if (!a.type.multiAgency()) {
            throw Problems.conflict("Cannot " + doing + ": this is a single-agency audit, which its agency shares.");
        }
    }

    private void publishPlan(Audit a) {
        outbox.publish(AuditEvents.AUDIT_PLANNED, callers.partnershipId(), a.id.toString(), new AuditPlannedV1(
                a.id.toString(), a.title, a.type.name(), a.programmeYear, List.copyOf(a.themes), a.subgroup, a.plannedStart, a.plannedEnd));
    }

    private void publishCompleted(Audit a, Map<String, Integer> grades, int good, int improve) {
        List<String> agencies = a.type.multiAgency() ? List.copyOf(a.agencies) : List.of(a.ownerAgency);
        outbox.publish(AuditEvents.AUDIT_COMPLETED, callers.partnershipId(), a.id.toString(), new AuditCompletedV1(
                a.id.toString(), a.title, a.type.name(), a.programmeYear, List.copyOf(a.themes), a.plannedEnd, a.completedOn,
                agencies, a.cases(), Map.copyOf(grades), good, improve));
    }
}
