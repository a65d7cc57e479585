package org.lif.audits.schools;

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
import org.lif.audits.recommendation.Recommendations;
import org.lif.audits.standards.StandardsService;
import org.lif.audits.standards.StandardsSet;
import org.lif.contracts.SourceType;
import org.lif.contracts.audits.AuditEvents;
import org.lif.contracts.audits.SchoolsReturnSubmittedV1;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.problem.Problems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Section 175/157 schools audits: a yearly window; each school's return against the schools standards with its
 * governor's sign-off (SchoolsReturnSubmitted); the partnership's follow-up visits that validate or change the ratings.
 * Returns are accepted from the opening date; after the closing date they are late (and overdue until in) until the
 * partnership closes the window.
 */
@ApplicationScoped
public class SchoolsService {

    static final String WINDOW = "schools-window";
    static final String RETURN = "schools-return";

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

    @Transactional
    public SchoolsWindow open(SchoolsRequests.OpenWindow request) {
        if (!request.closesOn().isAfter(request.opensOn())) {
            throw Problems.invalid("closesOn", "must be after opensOn");
        }
        if (request.opensOn().plusYears(1).isBefore(request.closesOn())) {
            throw Problems.invalid("closesOn", "a window lasts at most a year");
        }
        int first = Integer.parseInt(request.academicYear().substring(0, 4));
        if (Integer.parseInt(request.academicYear().substring(5)) != (first + 1) % 100) {
            throw Problems.invalid("academicYear", "must be two consecutive years such as 2025-26");
        }
        if (SchoolsWindow.count("academicYear", request.academicYear()) > 0) {
            throw Problems.conflict("There is already a schools audit window for " + request.academicYear() + ".");
        }
        SchoolsWindow w = new SchoolsWindow();
        w.id = UUID.randomUUID();
        w.academicYear = request.academicYear();
        w.opensOn = request.opensOn();
        w.closesOn = request.closesOn();
        w.standardsSetId = standards.current(StandardsSet.Kind.SCHOOLS).id;
        w.schools = Inputs.distinct(request.schools());
        w.status = SchoolsWindow.Status.ACTIVE;
        w.createdBy = callers.actor();
        w.persist();
        audit.record(WINDOW, w.id, "OPENED", null, w.status, w.academicYear + ": " + w.opensOn + ".." + w.closesOn);
        return w;
    }

    @Transactional
    public SchoolsWindow close(UUID id) {
        SchoolsWindow w = window(id);
        if (w.status == SchoolsWindow.Status.CLOSED) {
            throw Problems.conflict("The window is already closed.");
        }
        w.status = SchoolsWindow.Status.CLOSED;
        audit.record(WINDOW, w.id, "CLOSED", SchoolsWindow.Status.ACTIVE, w.status, null);
        return w;
    }

    public List<SchoolsWindow> windows() {
        return SchoolsWindow.listAll(Sort.by("opensOn").descending().and("id"));
    }

    public SchoolsWindow window(UUID id) {
        SchoolsWindow w = id == null ? null : SchoolsWindow.findById(id);
        if (w == null) {
            throw Problems.notFound("Schools audit window", id);
        }
        return w;
    }

    public SchoolsViews.Window view(SchoolsWindow w) {
        StandardsSet set = standards.byId(w.standardsSetId);
        Map<String, SchoolsReturn> returns = new LinkedHashMap<>();
        SchoolsReturn.<SchoolsReturn>list("windowId", Sort.by("ownerAgency"), w.id).forEach(r -> returns.put(r.ownerAgency, r));
        Set<String> schools = new LinkedHashSet<>(w.schools);
        schools.addAll(returns.keySet());
        boolean pastClosing = w.closesOn.isBefore(today.date());
        List<SchoolsViews.SchoolStatus> statuses = new ArrayList<>();
        for (String school : schools) {
            if (callers.seesAllOr(school)) {
                SchoolsReturn r = returns.get(school);
                boolean in = r != null && r.status != SchoolsReturn.Status.DRAFT;
                statuses.add(new SchoolsViews.SchoolStatus(school, r == null ? "NOT_STARTED" : r.status.name(),
                        r == null ? null : r.submittedOn, r == null ? null : r.onTime, pastClosing && !in));
            }
        }
        return new SchoolsViews.Window(w.id, w.academicYear, w.opensOn, w.closesOn, state(w), set.version, set.standards, statuses);
    }

    // ---------------------------------------------------------------- the school's return

    @Transactional
    public SchoolsReturn save(UUID windowId, SchoolsRequests.SaveReturn request) {
        String school = callers.requireAgency();
        SchoolsWindow w = acceptingReturns(windowId, school);
        StandardsSet set = standards.byId(w.standardsSetId);
        set.requireKnown(request.answers().stream().map(SchoolsRequests.AnswerInput::standard).toList(), "answers[%d].standard");
        List<String> codes = set.codes();
        SchoolsReturn r = own(w, school);
        if (r == null) {
            r = new SchoolsReturn();
            r.id = UUID.randomUUID();
            r.windowId = w.id;
            r.ownerAgency = school;
            r.status = SchoolsReturn.Status.DRAFT;
            touch(r);
            r.persist();
        } else if (r.status != SchoolsReturn.Status.DRAFT) {
            throw Problems.conflict("Your return was submitted on " + r.submittedOn + " and can no longer be changed.");
        }
        Map<String, SchoolsReturn.Answer> answers = new LinkedHashMap<>();
        r.answers.forEach(a -> answers.put(a.standard(), a));
        request.answers().forEach(a -> answers.put(a.standard(), new SchoolsReturn.Answer(a.standard(), a.selfRating(), a.narrative(), null)));
        r.answers = codes.stream().filter(answers::containsKey).map(answers::get).toList();
        if (request.leadName() != null) {
            r.leadName = request.leadName();
        }
        touch(r);
        audit.record(RETURN, r.id, "DRAFT_SAVED", null, r.status, school);
        return r;
    }

    @Transactional
    public SchoolsReturn submit(UUID windowId, SchoolsRequests.Submit request) {
        String school = callers.requireAgency();
        SchoolsWindow w = acceptingReturns(windowId, school);
        SchoolsReturn r = own(w, school);
        if (r == null) {
            throw Problems.conflict("Save your return before submitting it.");
        }
        if (r.status != SchoolsReturn.Status.DRAFT) {
            throw Problems.conflict("Your return was already submitted on " + r.submittedOn + ".");
        }
        List<String> missing = standards.byId(w.standardsSetId).codes().stream()
                .filter(code -> r.answers.stream().noneMatch(a -> a.standard().equals(code) && a.selfRating() != null)).toList();
        if (!missing.isEmpty()) {
            throw Problems.conflict("Rate every standard before submitting; not rated: " + missing + ".");
        }
        r.governorName = request.governorName();
        r.governorSignedOn = request.governorSignedOn();
        r.submittedOn = today.date();
        r.onTime = !r.submittedOn.isAfter(w.closesOn);
        r.status = SchoolsReturn.Status.SUBMITTED;
        touch(r);
        audit.record(RETURN, r.id, "SUBMITTED", SchoolsReturn.Status.DRAFT, r.status, school + (r.onTime ? "" : " (late)"));
        Map<String, Integer> counts = new TreeMap<>();
        for (Rag rag : Rag.values()) {
            counts.put(rag.name(), (int) r.answers.stream().filter(a -> a.selfRating() == rag).count());
        }
        outbox.publish(AuditEvents.SCHOOLS_RETURN_SUBMITTED, callers.partnershipId(), w.id.toString(), new SchoolsReturnSubmittedV1(
                w.id.toString(), w.academicYear, school, r.submittedOn, w.closesOn, r.onTime, counts));
        return r;
    }

    // ---------------------------------------------------------------- the partnership

    /** A follow-up visit validates or changes the school's self-ratings. */
    @Transactional
    public SchoolsReturn visit(UUID windowId, String school, SchoolsRequests.Visit request) {
        SchoolsReturn r = returnOf(window(windowId), school);
        if (r.status == SchoolsReturn.Status.DRAFT) {
            throw Problems.conflict("The school has not submitted its return yet.");
        }
        if (request.visitedOn().isBefore(r.submittedOn)) {
            throw Problems.invalid("visitedOn", "must not be before the return was submitted (" + r.submittedOn + ")");
        }
        Map<String, Rag> found = new LinkedHashMap<>();
        if (request.ratings() != null) {
            for (int i = 0; i < request.ratings().size(); i++) {
                SchoolsRequests.RatingInput in = request.ratings().get(i);
                if (r.answers.stream().noneMatch(a -> a.standard().equals(in.standard()))) {
                    throw Problems.invalid("ratings[" + i + "].standard", "is not a standard of this return");
                }
                found.put(in.standard(), in.rating());
            }
        }
        List<SchoolsReturn.RatingChange> changes = new ArrayList<>();
        r.answers = r.answers.stream().map(a -> {
            Rag to = found.get(a.standard());
            if (to == null) {
                return a;
            }
            changes.add(new SchoolsReturn.RatingChange(a.standard(), a.validatedRating() == null ? a.selfRating() : a.validatedRating(), to));
            return new SchoolsReturn.Answer(a.standard(), a.selfRating(), a.narrative(), to);
        }).toList();
        List<SchoolsReturn.Visit> visits = new ArrayList<>(r.visits);
        visits.add(new SchoolsReturn.Visit(request.visitedOn(), request.visitedBy(), request.notes(), changes));
        r.visits = visits;
        SchoolsReturn.Status from = r.status;
        r.status = SchoolsReturn.Status.VALIDATED;
        touch(r);
        audit.record(RETURN, r.id, "VISITED", from, r.status, changes.size() + " ratings validated or changed");
        return r;
    }

    /** An improvement action for the school, once its return is in. */
    @Transactional
    public Recommendation issueAction(UUID windowId, String school, RecommendationRequest request) {
        SchoolsWindow w = window(windowId);
        SchoolsReturn r = returnOf(w, school);
        if (r.status == SchoolsReturn.Status.DRAFT) {
            throw Problems.conflict("Improvement actions follow a submitted return.");
        }
        Recommendation rec = recommendations.issueFor(SourceType.SECTION_175, w.id, "Section 175/157 audit " + w.academicYear, school, request);
        audit.record(RETURN, r.id, "ACTION_ISSUED", null, r.status, rec.id.toString());
        return rec;
    }

    public List<SchoolsReturn> returns(SchoolsWindow w) {
        return SchoolsReturn.list("windowId", Sort.by("ownerAgency"), w.id);
    }

    /** A school's return if the caller may see it (a school: only its own); 404 otherwise. */
    public SchoolsReturn returnOf(SchoolsWindow w, String school) {
        SchoolsReturn r = own(w, school);
        if (r == null || !callers.seesAllOr(school)) {
            throw Problems.notFound("Schools return of " + school + " in window", w.id);
        }
        return r;
    }

    // ---------------------------------------------------------------- helpers

    private SchoolsWindow acceptingReturns(UUID windowId, String school) {
        SchoolsWindow w = window(windowId);
        if (!w.schools.isEmpty() && !w.schools.contains(school)) {
            throw Problems.notFound("Schools audit window for " + school, windowId);
        }
        if (w.status == SchoolsWindow.Status.CLOSED) {
            throw Problems.conflict("The " + w.academicYear + " schools audit window is closed.");
        }
        if (today.date().isBefore(w.opensOn)) {
            throw Problems.conflict("The " + w.academicYear + " schools audit window opens on " + w.opensOn + ".");
        }
        return w;
    }

    private String state(SchoolsWindow w) {
        LocalDate now = today.date();
        if (w.status == SchoolsWindow.Status.CLOSED) {
            return "CLOSED";
        }
        return now.isBefore(w.opensOn) ? "NOT_YET_OPEN" : now.isAfter(w.closesOn) ? "PAST_CLOSING_DATE" : "OPEN";
    }

    private static SchoolsReturn own(SchoolsWindow w, String school) {
        return SchoolsReturn.find("windowId = ?1 and ownerAgency = ?2", w.id, school).firstResult();
    }

    private void touch(SchoolsReturn r) {
        r.updatedAt = today.now();
        r.updatedBy = callers.actor();
    }
}
