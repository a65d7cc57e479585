package org.lif.audits.section11;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.audits.common.Callers;
import org.lif.audits.common.Inputs;
import org.lif.audits.common.Rag;
import org.lif.platform.time.Today;
import org.lif.audits.recommendation.Recommendation;
import org.lif.audits.recommendation.RecommendationRequest;
import org.lif.audits.recommendation.RecommendationView;
import org.lif.audits.recommendation.Recommendations;
import org.lif.audits.standards.StandardsService;
import org.lif.audits.standards.StandardsSet;
import org.lif.contracts.SourceType;
import org.lif.contracts.audits.AuditEvents;
import org.lif.contracts.audits.Section11EvaluationAgreedV1;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.AgencyScope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.lif.audits.section11.Section11Cycle.Phase.*;
import static org.lif.audits.section11.Section11Entry.Evaluation.*;

/**
 * Section 11 cycles: opening and phases, agencies' self-assessments (draft, carry-forward, submit once, share to other
 * partnerships), and each partnership's own panel evaluation (moderation, challenge, outcome, chair feedback, staff
 * survey). Every change is on the audit trail.
 */
@ApplicationScoped
public class Section11Service {

    static final String CYCLE = "section11-cycle";
    static final String ENTRY = "section11-entry";

    @Inject
    Callers callers;
    @Inject
    Today today;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    StandardsService standards;
    @Inject
    Recommendations recommendations;

    // ---------------------------------------------------------------- cycles

    @Transactional
    public Section11Cycle open(Section11Requests.OpenCycle request) {
        Section11Cycle c = new Section11Cycle();
        c.id = UUID.randomUUID();
        c.title = request.title();
        c.startYear = request.startYear();
        c.lengthYears = request.lengthYears() == null ? 2 : request.lengthYears();
        c.phase = SELF_ASSESSMENT;
        c.standardsSetId = standards.current(StandardsSet.Kind.SECTION_11).id;
        if (request.previousCycleId() != null) {
            c.previousCycleId = cycle(request.previousCycleId()).id;
        } else {
            c.previousCycleId = Section11Cycle.<Section11Cycle>find("order by startYear desc, openedOn desc").firstResultOptional()
                    .map(p -> p.id).orElse(null);
        }
        c.agencies = Inputs.distinct(request.agencies());
        c.submissionsDueOn = request.submissionsDueOn();
        c.openedOn = today.date();
        if (c.submissionsDueOn.isBefore(c.openedOn)) {
            throw Problems.invalid("submissionsDueOn", "must not be before the cycle opens");
        }
        c.createdBy = callers.actor();
        c.persist();
        audit.record(CYCLE, c.id, "OPENED", null, c.phase, c.title + ", " + c.lengthYears + " years");
        return c;
    }

    /** Year 1 → action-plan tracking (years 2..) → closed; a one-year cycle closes straight after year 1. */
    @Transactional
    public Section11Cycle advance(UUID id) {
        Section11Cycle c = cycle(id);
        Section11Cycle.Phase from = c.phase;
        switch (c.phase) {
            case SELF_ASSESSMENT -> c.phase = c.lengthYears > 1 ? ACTION_PLAN_TRACKING : CLOSED;
            case ACTION_PLAN_TRACKING -> c.phase = CLOSED;
            case CLOSED -> throw Problems.conflict("The cycle is already closed.");
        }
        if (c.phase == CLOSED) {
            c.closedOn = today.date();
        }
        audit.record(CYCLE, c.id, "PHASE_CHANGED", from, c.phase, null);
        return c;
    }

    public List<Section11Cycle> cycles() {
        return Section11Cycle.listAll(Sort.by("startYear").descending().and("openedOn").descending().and("id"));
    }

    public Section11Cycle cycle(UUID id) {
        Section11Cycle c = id == null ? null : Section11Cycle.findById(id);
        if (c == null) {
            throw Problems.notFound("Section 11 cycle", id);
        }
        return c;
    }

    public Section11Views.Cycle view(Section11Cycle c) {
        StandardsSet set = standards.byId(c.standardsSetId);
        Map<String, Section11Entry> entries = entries(c);
        Set<String> agencies = new LinkedHashSet<>(c.agencies);
        agencies.addAll(entries.keySet());
        boolean late = c.phase == SELF_ASSESSMENT && c.submissionsDueOn.isBefore(today.date());
        List<Section11Views.AgencyStatus> statuses = new ArrayList<>();
        for (String agency : agencies) {
            if (!callers.seesAllOr(agency)) {
                continue;
            }
            Section11Entry e = entries.get(agency);
            Section11Assessment a = e == null ? null : Section11Assessment.findById(e.assessmentId);
            boolean submitted = a != null && a.status == Section11Assessment.Status.SUBMITTED;
            statuses.add(new Section11Views.AgencyStatus(agency, e == null ? "NOT_STARTED" : e.evaluationStatus.name(),
                    e != null && e.shared, submitted ? a.submittedOn : null, late && !submitted, e == null ? null : e.outcome));
        }
        return new Section11Views.Cycle(c.id, c.title, c.startYear, c.lengthYears, c.phase, c.previousCycleId, set.id, set.version,
                set.standards, c.submissionsDueOn, c.openedOn, c.closedOn, statuses);
    }

    // ---------------------------------------------------------------- the agency's self-assessment

    /** The agency starts its self-assessment: a draft, with the answers of its previous cycle's carried forward. */
    @Transactional
    public Section11Entry start(UUID cycleId) {
        String agency = callers.requireAgency();
        Section11Cycle c = cycle(cycleId);
        requirePhase(c, "start a self-assessment", SELF_ASSESSMENT);
        if (entry(c, agency) != null) {
            throw Problems.conflict("Your agency's self-assessment for this cycle is already started.");
        }
        Section11Assessment a = new Section11Assessment();
        a.id = UUID.randomUUID();
        a.ownerAgency = agency;
        a.homePartnership = callers.partnershipId();
        a.startYear = c.startYear;
        a.status = Section11Assessment.Status.DRAFT;
        Section11Entry previous = c.previousCycleId == null ? null : entry(cycle(c.previousCycleId), agency);
        if (previous != null) {
            Section11Assessment before = Section11Assessment.findById(previous.assessmentId);
            Set<String> codes = Set.copyOf(standards.byId(c.standardsSetId).codes());
            a.answers = before.answers.stream().filter(x -> codes.contains(x.standard()))
                    .map(x -> new Section11Assessment.Answer(x.standard(), x.rag(), x.narrative(), x.evidence(), true)).toList();
            a.carriedForwardFrom = before.id;
        }
        touch(a);
        a.persist();
        Section11Entry e = newEntry(c, agency, a.id, false);
        e.evaluationStatus = DRAFT;
        e.persist();
        audit.record(ENTRY, e.id, "STARTED", null, e.evaluationStatus,
                agency + (a.carriedForwardFrom == null ? "" : ", carried forward from " + a.carriedForwardFrom));
        return e;
    }

    @Transactional
    public Section11Entry save(UUID cycleId, Section11Requests.SaveAssessment request) {
        String agency = callers.requireAgency();
        Section11Cycle c = cycle(cycleId);
        Section11Entry e = ownEntry(c, agency);
        Section11Assessment a = editable(c, e);
        StandardsSet set = standards.byId(c.standardsSetId);
        set.requireKnown(request.answers().stream().map(Section11Requests.AnswerInput::standard).toList(), "answers[%d].standard");
        List<String> codes = set.codes();
        Map<String, Section11Assessment.Answer> answers = new LinkedHashMap<>();
        a.answers.forEach(x -> answers.put(x.standard(), x));
        for (Section11Requests.AnswerInput in : request.answers()) {
            List<Section11Assessment.Evidence> evidence = in.evidence() == null ? List.of()
                    : in.evidence().stream().map(x -> new Section11Assessment.Evidence(x.description(), x.dated())).toList();
            answers.put(in.standard(), new Section11Assessment.Answer(in.standard(), in.rag(), in.narrative(), evidence, false));
        }
        a.answers = codes.stream().filter(answers::containsKey).map(answers::get).toList();
        touch(a);
        audit.record(ENTRY, e.id, "DRAFT_SAVED", null, e.evaluationStatus, request.answers().size() + " answers");
        return e;
    }

    /** Submit once: every standard needs a RAG rating and a narrative. */
    @Transactional
    public Section11Entry submit(UUID cycleId) {
        String agency = callers.requireAgency();
        Section11Cycle c = cycle(cycleId);
        Section11Entry e = ownEntry(c, agency);
        Section11Assessment a = editable(c, e);
        List<String> missing = standards.byId(c.standardsSetId).codes().stream().filter(code -> a.answers.stream()
                .noneMatch(x -> x.standard().equals(code) && x.rag() != null && x.narrative() != null && !x.narrative().isBlank())).toList();
        if (!missing.isEmpty()) {
            throw Problems.conflict("Every standard needs a RAG rating and a narrative before submitting; missing: " + missing + ".");
        }
        a.status = Section11Assessment.Status.SUBMITTED;
        a.submittedOn = today.date();
        touch(a);
        e.evaluationStatus = SUBMITTED;
        audit.record(ENTRY, e.id, "SUBMITTED", DRAFT, e.evaluationStatus, agency);
        return e;
    }

    /**
     * The agency shares its submitted self-assessment (made in another partnership) to this partnership's cycle. Only
     * the agency that owns it can do this, and only in a partnership where it holds a role (the platform checked that);
     * this partnership then evaluates it separately.
     */
    @Transactional
    public Section11Entry share(UUID cycleId, Section11Requests.Share request) {
        String agency = callers.requireAgency();
        Section11Cycle c = cycle(cycleId);
        requirePhase(c, "share a self-assessment", SELF_ASSESSMENT);
        Section11Assessment a = Section11Assessment.findById(request.assessmentId());
        if (a == null || !agency.equals(a.ownerAgency)) {
            throw Problems.notFound("Self-assessment of " + agency, request.assessmentId());
        }
        if (a.status != Section11Assessment.Status.SUBMITTED) {
            throw Problems.conflict("Only a submitted self-assessment can be shared.");
        }
        if (a.homePartnership.equals(callers.partnershipId())) {
            throw Problems.conflict("This self-assessment was made in this partnership; it is not shared here.");
        }
        if (entry(c, agency) != null) {
            throw Problems.conflict("Your agency already has a self-assessment in this cycle.");
        }
        Section11Entry e = newEntry(c, agency, a.id, true);
        e.sharedOn = today.date();
        e.evaluationStatus = SUBMITTED;
        e.persist();
        audit.record(ENTRY, e.id, "SHARED", null, e.evaluationStatus, agency + " from " + a.homePartnership);
        return e;
    }

    /** The agency's own self-assessments and the partnerships each is in (read across partnerships for the agency alone). */
    @SuppressWarnings("unchecked")
    public List<Section11Views.MyAssessment> mine() {
        String agency = callers.requireAgency();
        List<Section11Views.MyAssessment> out = new ArrayList<>();
        for (Section11Assessment a : Section11Assessment.<Section11Assessment>list("ownerAgency = ?1 order by startYear desc", agency)) {
            List<String> partnerships = Panache.getEntityManager()
                    .createNativeQuery("select partnership_id from section11_entry where assessment_id = ?1 order by partnership_id")
                    .setParameter(1, a.id).getResultList();
            out.add(new Section11Views.MyAssessment(a.id, a.startYear, a.homePartnership, a.status, a.submittedOn, partnerships));
        }
        return out;
    }

    // ---------------------------------------------------------------- evaluation (per partnership)

    @Transactional
    public Section11Entry moderate(UUID cycleId, String agency, Section11Requests.Moderate request) {
        Section11Cycle c = cycle(cycleId);
        Section11Entry e = evaluable(c, agency, "moderate");
        StandardsSet set = standards.byId(c.standardsSetId);
        set.requireKnown(request.ratings().stream().map(Section11Requests.ModerationInput::standard).toList(), "ratings[%d].standard");
        List<String> codes = set.codes();
        Map<String, Section11Entry.Moderation> ratings = new LinkedHashMap<>();
        e.moderated.forEach(m -> ratings.put(m.standard(), m));
        request.ratings().forEach(in -> ratings.put(in.standard(), new Section11Entry.Moderation(in.standard(), in.rating(), in.comment())));
        e.moderated = codes.stream().filter(ratings::containsKey).map(ratings::get).toList();
        Section11Entry.Evaluation from = e.evaluationStatus;
        e.evaluationStatus = MODERATING;
        audit.record(ENTRY, e.id, "MODERATED", from, e.evaluationStatus, request.ratings().size() + " ratings");
        return e;
    }

    @Transactional
    public Section11Challenge challenge(UUID cycleId, String agency, Section11Requests.Challenge request) {
        Section11Cycle c = cycle(cycleId);
        Section11Entry e = evaluable(c, agency, "challenge");
        if (request.standard() != null && !standards.byId(c.standardsSetId).codes().contains(request.standard())) {
            throw Problems.invalid("standard", "is not a standard of this cycle");
        }
        Section11Challenge ch = new Section11Challenge();
        ch.id = UUID.randomUUID();
        ch.entryId = e.id;
        ch.ownerAgency = e.ownerAgency;
        ch.standard = request.standard();
        ch.question = request.question();
        ch.askedBy = callers.actor();
        ch.askedOn = today.date();
        ch.persist();
        audit.record(ENTRY, e.id, "CHALLENGED", null, e.evaluationStatus, ch.id.toString());
        return ch;
    }

    /** The agency answers a challenge of the partnership's panel (once). */
    @Transactional
    public Section11Challenge answer(UUID cycleId, String agency, UUID challengeId, Section11Requests.Answer request) {
        String mine = callers.requireAgency();
        Section11Entry e = entryOf(cycle(cycleId), agency);
        Section11Challenge ch = challengeId == null ? null : Section11Challenge.findById(challengeId);
        if (!mine.equals(agency) || ch == null || !ch.entryId.equals(e.id)) {
            throw Problems.notFound("Challenge", challengeId);
        }
        if (ch.answer != null) {
            throw Problems.conflict("This challenge was answered on " + ch.answeredOn + ".");
        }
        ch.answer = request.answer();
        ch.answeredBy = callers.actor();
        ch.answeredOn = today.date();
        audit.record(ENTRY, e.id, "CHALLENGE_ANSWERED", null, e.evaluationStatus, ch.id.toString());
        return ch;
    }

    /** The panel agrees the outcome: every standard moderated and every challenge answered first. */
    @Transactional
    public Section11Entry agree(UUID cycleId, String agency, Section11Requests.AgreeOutcome request) {
        Section11Cycle c = cycle(cycleId);
        Section11Entry e = evaluable(c, agency, "agree the outcome");
        StandardsSet set = standards.byId(c.standardsSetId);
        List<String> unmoderated = set.codes().stream().filter(code -> e.moderated(code) == null).toList();
        if (!unmoderated.isEmpty()) {
            throw Problems.conflict("Moderate every standard before agreeing the outcome; not moderated: " + unmoderated + ".");
        }
        long open = Section11Challenge.count("entryId = ?1 and answer is null", e.id);
        if (open > 0) {
            throw Problems.conflict("The agency has " + open + " challenge question(s) to answer before the outcome is agreed.");
        }
        Section11Entry.Evaluation from = e.evaluationStatus;
        e.outcome = request.outcome();
        e.agreedOn = today.date();
        e.evaluationStatus = AGREED;
        audit.record(ENTRY, e.id, "OUTCOME_AGREED", from, e.evaluationStatus, e.outcome.name());
        Section11Assessment a = Section11Assessment.findById(e.assessmentId);
        List<Section11EvaluationAgreedV1.StandardRating> ratings = set.standards.stream().map(s -> new Section11EvaluationAgreedV1.StandardRating(
                s.code(), s.title(), nameOf(a.rag(s.code())), e.moderated(s.code()).name())).toList();
        outbox.publish(AuditEvents.SECTION11_EVALUATION_AGREED, callers.partnershipId(), c.id.toString(), new Section11EvaluationAgreedV1(
                c.id.toString(), c.title, c.startYear, e.ownerAgency, e.agreedOn, e.outcome.name(), ratings));
        return e;
    }

    @Transactional
    public Section11Entry chairFeedback(UUID cycleId, String agency, Section11Requests.ChairFeedback request) {
        Section11Entry e = entryOf(cycle(cycleId), agency);
        requireSubmitted(e, "record the chair's feedback");
        e.chairFeedback = request.feedback();
        e.chairFeedbackBy = callers.actor();
        audit.record(ENTRY, e.id, "CHAIR_FEEDBACK", null, e.evaluationStatus, null);
        return e;
    }

    @Transactional
    public Section11Entry staffSurvey(UUID cycleId, String agency, Section11Requests.StaffSurvey request) {
        Section11Entry e = entryOf(cycle(cycleId), agency);
        e.staffSurvey = new Section11Entry.StaffSurvey(request.surveyedOn(), request.respondents(),
                request.results() == null ? List.of() : request.results().stream()
                        .map(r -> new Section11Entry.SurveyResult(r.question(), r.agreePercent())).toList(), request.summary());
        audit.record(ENTRY, e.id, "STAFF_SURVEY", null, e.evaluationStatus, request.respondents() + " respondents");
        return e;
    }

    /** The entry of an agency if the caller may see it (an agency: only its own); 404 otherwise. */
    public Section11Entry entryOf(Section11Cycle c, String agency) {
        Section11Entry e = entry(c, agency);
        if (e == null || !callers.seesAllOr(agency)) {
            throw Problems.notFound("Section 11 self-assessment of " + agency + " in cycle", c.id);
        }
        return e;
    }

    public Section11Views.Entry view(Section11Entry e) {
        Section11Assessment a = Section11Assessment.findById(e.assessmentId);
        boolean own = callers.agency().map(e.ownerAgency::equals).orElse(false);
        boolean showAnswers = own || a.status == Section11Assessment.Status.SUBMITTED;
        List<Section11Views.Challenge> challenges = Section11Challenge.<Section11Challenge>list("entryId", Sort.by("askedOn").and("id"), e.id)
                .stream().map(Section11Views.Challenge::of).toList();
        return new Section11Views.Entry(e.cycleId, e.ownerAgency, a.id, a.status, e.shared ? a.homePartnership : null, a.submittedOn,
                a.carriedForwardFrom, showAnswers ? a.answers : List.of(), e.evaluationStatus, e.moderated, e.outcome, e.agreedOn,
                e.chairFeedback, e.staffSurvey, challenges);
    }

    public List<Section11Entry> entriesVisible(Section11Cycle c) {
        return Section11Entry.list("cycleId", Sort.by("ownerAgency"), c.id);
    }

    /**
     * RAG of every standard across agencies. The partnership and the chair see every agency's row and the moderated
     * counts of all; an agency sees its own row and, as the published aggregate, the counts of agreed outcomes only.
     */
    public Section11Views.Overview overview(Section11Cycle c) {
        StandardsSet set = standards.byId(c.standardsSetId);
        List<Section11Views.AgencyRow> rows = new ArrayList<>();
        for (Section11Entry e : entriesVisible(c)) {
            Section11Assessment a = Section11Assessment.findById(e.assessmentId);
            boolean submitted = a.status == Section11Assessment.Status.SUBMITTED;
            Map<String, Section11Views.Ratings> ratings = new LinkedHashMap<>();
            set.codes().forEach(code -> ratings.put(code, new Section11Views.Ratings(submitted ? a.rag(code) : null, e.moderated(code))));
            rows.add(new Section11Views.AgencyRow(e.ownerAgency, e.evaluationStatus, e.outcome, ratings));
        }
        List<Section11Entry> counted = callers.seesAll() ? entriesVisible(c) : AgencyScope.acrossAgencies(Panache.getEntityManager(),
                () -> Section11Entry.<Section11Entry>list("cycleId = ?1 and evaluationStatus = ?2", c.id, AGREED));
        Map<String, Map<Rag, Long>> counts = new LinkedHashMap<>();
        for (String code : set.codes()) {
            Map<Rag, Long> byRag = new LinkedHashMap<>(Map.of(Rag.RED, 0L, Rag.AMBER, 0L, Rag.GREEN, 0L));
            counted.stream().map(e -> e.moderated(code)).filter(java.util.Objects::nonNull).forEach(r -> byRag.merge(r, 1L, Long::sum));
            counts.put(code, byRag);
        }
        return new Section11Views.Overview(c.id, set.standards, rows, counts);
    }

    /** An improvement action for the agency, after its agreed outcome, while the cycle is open. */
    @Transactional
    public Recommendation issueAction(UUID cycleId, String agency, RecommendationRequest request) {
        Section11Cycle c = cycle(cycleId);
        Section11Entry e = entryOf(c, agency);
        if (e.evaluationStatus != AGREED || c.phase == CLOSED) {
            throw Problems.conflict("Improvement actions follow the agreed outcome of an open cycle.");
        }
        Recommendation rec = recommendations.issueFor(SourceType.SECTION_11, c.id, c.title, agency, request);
        audit.record(ENTRY, e.id, "ACTION_ISSUED", null, e.evaluationStatus, rec.id.toString());
        return rec;
    }

    public Section11Views.Tracking tracking(Section11Cycle c) {
        List<Section11Views.AgencyActions> rows = entriesVisible(c).stream().map(e -> {
            List<RecommendationView> recs = recommendations.of(c.id, e.ownerAgency);
            return new Section11Views.AgencyActions(e.ownerAgency, e.outcome, recs.size(),
                    recs.stream().mapToLong(r -> r.actions().size()).sum(),
                    recs.stream().mapToLong(RecommendationView::actionsCompleted).sum(),
                    recs.stream().mapToLong(RecommendationView::actionsOverdue).sum());
        }).toList();
        return new Section11Views.Tracking(c.id, c.phase, rows);
    }

    // ---------------------------------------------------------------- helpers

    private Map<String, Section11Entry> entries(Section11Cycle c) {
        Map<String, Section11Entry> map = new LinkedHashMap<>();
        entriesVisible(c).forEach(e -> map.put(e.ownerAgency, e));
        return map;
    }

    private static Section11Entry entry(Section11Cycle c, String agency) {
        return Section11Entry.find("cycleId = ?1 and ownerAgency = ?2", c.id, agency).firstResult();
    }

    private Section11Entry ownEntry(Section11Cycle c, String agency) {
        Section11Entry e = entry(c, agency);
        if (e == null) {
            throw Problems.notFound("Self-assessment of " + agency + " in cycle (start it first)", c.id);
        }
        return e;
    }

    private Section11Entry newEntry(Section11Cycle c, String agency, UUID assessmentId, boolean shared) {
        Section11Entry e = new Section11Entry();
        e.id = UUID.randomUUID();
        e.cycleId = c.id;
        e.ownerAgency = agency;
        e.assessmentId = assessmentId;
        e.shared = shared;
        return e;
    }

    private Section11Assessment editable(Section11Cycle c, Section11Entry e) {
        requirePhase(c, "change a self-assessment", SELF_ASSESSMENT);
        Section11Assessment a = Section11Assessment.findById(e.assessmentId);
        if (e.shared) {
            throw Problems.conflict("This self-assessment was shared from " + a.homePartnership + " and is changed there only.");
        }
        if (a.status == Section11Assessment.Status.SUBMITTED) {
            throw Problems.conflict("Your self-assessment was submitted on " + a.submittedOn + " and can no longer be changed.");
        }
        return a;
    }

    private Section11Entry evaluable(Section11Cycle c, String agency, String doing) {
        Section11Entry e = entryOf(c, agency);
        requireSubmitted(e, doing);
        if (e.evaluationStatus == AGREED) {
            throw Problems.conflict("Cannot " + doing + ": the outcome was agreed on " + e.agreedOn + ".");
        }
        return e;
    }

    private static void requireSubmitted(Section11Entry e, String doing) {
        if (e.evaluationStatus == DRAFT) {
            throw Problems.conflict("Cannot " + doing + ": the agency has not submitted its self-assessment.");
        }
    }

    private static void requirePhase(Section11Cycle c, String doing, Section11Cycle.Phase... allowed) {
        if (Arrays.stream(allowed).noneMatch(p -> p == c.phase)) {
            throw Problems.conflict("Cannot " + doing + ": the cycle is in " + c.phase + ".");
        }
    }

    private void touch(Section11Assessment a) {
        a.updatedAt = today.now();
        a.updatedBy = callers.actor();
    }

    private static String nameOf(Rag rag) {
        return rag == null ? null : rag.name();
    }
}
