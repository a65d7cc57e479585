package org.lif.actionplans.action;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.actionplans.plan.ActionPlan;
import org.lif.actionplans.plan.PlanStatus;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.tenancy.PartnershipRole;
import org.lif.platform.time.Today;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The action lifecycle: create, progress with evidence, complete, partnership sign-off (approve, refuse, reopen),
 * status and due-date changes. Every change is audited and published as an event in the same transaction.
 * Agency-scoped callers only ever reach actions their agency owns (others are "not found").
 */
@ApplicationScoped
public class ActionService {

    static final String ENTITY = "action";

    @Inject
    PartnershipContext context;
    @Inject
    Today today;
    @Inject
    AuditTrail audit;
    @Inject
    ActionEvents events;
    @Inject
    RagRules rag;


    /**
     * The action if the caller may see it; 404 otherwise. Another partnership's and (for agency-scoped callers) another
     * agency's actions are invisible to every query here: the platform's tenant id and agency filter.
     */
    public Action visible(UUID id) {
        Action action = Action.findById(id);
        if (action == null) {
            throw Problems.notFound("Action", id);
        }
        return action;
    }

    @Transactional
    public Action create(ActionPlan plan, ActionRequests.CreateAction request) {
        return create(plan, request.description(), request.ownerAgency(), request.lead(), request.dueDate(), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Action create(ActionPlan plan, String description, String ownerAgency, String lead, LocalDate dueDate, String recommendationId) {
        if (plan.status == PlanStatus.CLOSED) {
            throw Problems.conflict("The plan is closed; reopen work in a new plan.");
        }
        Action a = new Action();
        a.id = UUID.randomUUID();
        a.plan = plan;
        a.description = description;
        a.ownerAgency = ownerAgency;
        a.lead = lead;
        a.dueDate = dueDate;
        a.status = ActionStatus.NOT_STARTED;
        a.recommendationId = recommendationId;
        a.createdAt = today.now();
        a.createdBy = context.actor();
        a.updatedAt = a.createdAt;
        a.persist();
        audit.record(ENTITY, a.id, "CREATED", null, a.status, "owner " + ownerAgency + ", due " + dueDate);
        events.created(a);
        return a;
    }

    public PagedList<Action> list(ActionFilter filter, PageRequest page) {
        return PagedList.of(query(filter), page, a -> a);
    }

    public List<Action> listAll(ActionFilter filter, int max) {
        return query(filter).page(0, max).list();
    }

    private PanacheQuery<Action> query(ActionFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.toJpql(params, rag, today.date());
        return Action.find("from Action a join fetch a.plan p where " + where, Sort.by("a.dueDate").and("a.id"), params);
    }

    @Transactional
    public Action recordProgress(UUID id, ActionRequests.RecordProgress request) {
        Action a = visible(id);
        if (a.plan.status == PlanStatus.CLOSED) {
            throw Problems.conflict("The plan is closed.");
        }
        if (!a.status.open() && !(a.status == ActionStatus.COMPLETED && a.signOffStatus == SignOffStatus.PENDING)) {
            throw Problems.conflict("Progress can only be recorded on an open action or one awaiting sign-off; this one is "
                    + a.status + (a.signOffStatus == SignOffStatus.SIGNED_OFF ? " and signed off" : "") + ".");
        }
        ProgressUpdate p = new ProgressUpdate();
        p.id = UUID.randomUUID();
        p.action = a;
        p.note = request.note();
        p.evidence = request.evidence() == null ? List.of() : List.copyOf(request.evidence());
        p.recordedAt = today.now();
        p.recordedBy = context.actor();
        p.persist();
        audit.record(ENTITY, a.id, "PROGRESS_RECORDED", null, null, p.evidence.size() + " evidence item(s)");
        if (a.status == ActionStatus.NOT_STARTED) {
            transition(a, ActionStatus.IN_PROGRESS, "progress recorded");
        }
        touch(a);
        return a;
    }

    @Transactional
    public Action changeStatus(UUID id, ActionRequests.ChangeStatus request) {
        Action a = visible(id);
        ActionStatus target = ActionStatus.valueOf(request.status().name());
        if (target != ActionStatus.IN_PROGRESS) {
            requireManager("set an action to " + target);
            if (request.reason() == null || request.reason().isBlank()) {
                throw Problems.invalid("reason", "is required when an action is " + target);
            }
        }
        if (!a.status.open()) {
            throw Problems.conflict("The action is " + a.status + "; use reopen to bring it back.");
        }
        if (a.status == target) {
            throw Problems.conflict("The action is already " + target + ".");
        }
        transition(a, target, request.reason());
        touch(a);
        return a;
    }

    @Transactional
    public Action complete(UUID id, ActionRequests.Complete request) {
        Action a = visible(id);
        if (!a.status.open()) {
            throw Problems.conflict("Only an open action can be completed; this one is " + a.status + ".");
        }
        if (!hasEvidence(a)) {
            throw Problems.conflict("Completion needs evidence: record progress with at least one evidence item first.");
        }
        a.completionSummary = request.summary();
        a.signOffStatus = SignOffStatus.PENDING;
        a.signOffReason = null;
        transition(a, ActionStatus.COMPLETED, "completion submitted for sign-off");
        touch(a);
        return a;
    }

    private boolean hasEvidence(Action a) {
        return ProgressUpdate.<ProgressUpdate>list("action", a).stream().anyMatch(p -> !p.evidence.isEmpty());
    }

    @Transactional
    public Action signOff(UUID id, ActionRequests.SignOff request) {
        Action a = visible(id);
        if (a.status != ActionStatus.COMPLETED || a.signOffStatus != SignOffStatus.PENDING) {
            throw Problems.conflict("Only a completed action awaiting sign-off can be signed off or refused.");
        }
        if (context.caller().agencyId().map(a.ownerAgency::equals).orElse(false)) {
            throw Problems.forbidden("An action is signed off by the partnership, not by the agency that owns it.");
        }
        a.signOffBy = context.actor();
        a.signOffAt = today.now();
        if (request.decision() == ActionRequests.Decision.APPROVE) {
            a.signOffStatus = SignOffStatus.SIGNED_OFF;
            a.signOffReason = request.reason();
            audit.record(ENTITY, a.id, "SIGNED_OFF", SignOffStatus.PENDING, SignOffStatus.SIGNED_OFF, request.reason());
            events.completed(a, today.date());
        } else {
            if (request.reason() == null || request.reason().isBlank()) {
                throw Problems.invalid("reason", "is required when sign-off is refused");
            }
            a.signOffStatus = SignOffStatus.REFUSED;
            a.signOffReason = request.reason();
            audit.record(ENTITY, a.id, "SIGN_OFF_REFUSED", SignOffStatus.PENDING, SignOffStatus.REFUSED, request.reason());
            transition(a, ActionStatus.IN_PROGRESS, "sign-off refused: " + request.reason());
        }
        touch(a);
        return a;
    }

    @Transactional
    public Action reopen(UUID id, ActionRequests.Reopen request) {
        Action a = visible(id);
        if (a.status.open()) {
            throw Problems.conflict("The action is already open.");
        }
        if (a.plan.status == PlanStatus.CLOSED) {
            throw Problems.conflict("The plan is closed; its actions cannot be reopened.");
        }
        a.signOffStatus = SignOffStatus.NONE;
        a.overdueRaisedFor = null; // a reopened action that is past its date is overdue again
        transition(a, ActionStatus.IN_PROGRESS, "reopened: " + request.reason());
        touch(a);
        return a;
    }

    @Transactional
    public Action changeDueDate(UUID id, ActionRequests.ChangeDueDate request) {
        Action a = visible(id);
        if (!a.status.open()) {
            throw Problems.conflict("Only an open action's due date can change; this one is " + a.status + ".");
        }
        if (a.dueDate.equals(request.dueDate())) {
            throw Problems.invalid("dueDate", "is the current due date");
        }
        DueDateChange change = new DueDateChange();
        change.id = UUID.randomUUID();
        change.action = a;
        change.fromDate = a.dueDate;
        change.toDate = request.dueDate();
        change.reason = request.reason();
        change.changedBy = context.actor();
        change.changedAt = today.now();
        change.persist();
        LocalDate from = a.dueDate;
        a.dueDate = request.dueDate();
        audit.record(ENTITY, a.id, "DUE_DATE_CHANGED", from, a.dueDate, request.reason());
        events.dueDateChanged(a, from);
        touch(a);
        return a;
    }

    /** Raises ActionOverdue once for the action's current due date; returns false when nothing was due. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markOverdue(UUID id, LocalDate today) {
        Action a = Action.findById(id);
        if (a == null || !rag.overdue(a.status, a.dueDate, today) || a.dueDate.equals(a.overdueRaisedFor)) {
            return false;
        }
        a.overdueRaisedFor = a.dueDate;
        audit.record(ENTITY, a.id, "OVERDUE", null, a.dueDate, "due " + a.dueDate + (a.plan.subgroup == null ? "" : ", escalated to " + a.plan.subgroup));
        events.overdue(a);
        return true;
    }

    public List<ProgressUpdate> progressOf(Action a) {
        return ProgressUpdate.list("action", Sort.by("recordedAt"), a);
    }

    public List<DueDateChange> dueDateHistoryOf(Action a) {
        return DueDateChange.list("action", Sort.by("changedAt"), a);
    }

    private void transition(Action a, ActionStatus to, String reason) {
        ActionStatus from = a.status;
        a.status = to;
        audit.record(ENTITY, a.id, "STATUS_CHANGED", from, to, reason);
        events.statusChanged(a, from);
    }

    private void requireManager(String what) {
        if (!context.hasAny(PartnershipRole.PARTNERSHIP_ADMIN, PartnershipRole.SAFEGUARDING_PARTNER)) {
            throw Problems.forbidden("Only the partnership (admin or safeguarding partner) may " + what + ".");
        }
    }

    private void touch(Action a) {
        a.updatedAt = today.now();
    }
}
