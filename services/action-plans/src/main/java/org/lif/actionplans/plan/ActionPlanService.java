package org.lif.actionplans.plan;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.actionplans.action.Action;
import org.lif.actionplans.action.ActionStatus;
import org.lif.actionplans.action.SignOffStatus;
import org.lif.actionplans.challenge.Challenge;
import org.lif.platform.scrutiny.ChallengeStatus;
import org.lif.contracts.SourceType;
import org.lif.contracts.actionplans.ActionPlanClosedV1;
import org.lif.contracts.actionplans.ActionPlanCreatedV1;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.lif.contracts.actionplans.ActionPlanEvents.PLAN_CLOSED;
import static org.lif.contracts.actionplans.ActionPlanEvents.PLAN_CREATED;

/**
 * Opening, listing and closing action plans. Agency-scoped callers see only plans holding their agency's actions
 * (the platform's agency filter on {@link ActionPlan}).
 */
@ApplicationScoped
public class ActionPlanService {

    static final String ENTITY = "action-plan";

    @Inject
    PartnershipContext context;
    @Inject
    Today today;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    @Transactional
    public ActionPlan create(PlanRequests.CreatePlan request) {
        return create(request.title(), request.description(), request.source().type(), request.source().reference(),
                request.scope(), request.subgroup(), request.themes());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ActionPlan create(String title, String description, SourceType sourceType, String sourceReference, PlanScope scope,
                             String subgroup, List<String> themes) {
        ActionPlan p = new ActionPlan();
        p.id = UUID.randomUUID();
        p.title = title;
        p.description = description;
        p.sourceType = sourceType;
        p.sourceReference = sourceReference;
        p.scope = scope;
        p.subgroup = subgroup;
        p.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
        p.status = PlanStatus.OPEN;
        p.createdAt = today.now();
        p.createdBy = context.actor();
        p.persist();
        audit.record(ENTITY, p.id, "CREATED", null, p.status, title);
        outbox.publish(PLAN_CREATED, p.partnershipId, p.id.toString(), new ActionPlanCreatedV1(p.id.toString(), p.title,
                p.sourceType, p.sourceReference, p.scope.name(), p.subgroup, List.copyOf(p.themes)));
        return p;
    }

    /** The plan if the caller may see it; 404 otherwise. */
    public ActionPlan visible(UUID id) {
        ActionPlan plan = ActionPlan.findById(id);
        if (plan == null) {
            throw Problems.notFound("Action plan", id);
        }
        return plan;
    }

    /** The open plan that collects a source's recommendations (the newest, should there be several). */
    public Optional<ActionPlan> findOpenBySource(SourceType type, String reference) {
        return ActionPlan.find("sourceType = ?1 and sourceReference = ?2 and status = ?3",
                Sort.descending("createdAt"), type, reference, PlanStatus.OPEN).firstResultOptional();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void widenToMultiAgency(ActionPlan plan) {
        PlanScope from = plan.scope;
        plan.scope = PlanScope.MULTI_AGENCY;
        audit.record(ENTITY, plan.id, "SCOPE_CHANGED", from, plan.scope, "a recommendation targets several agencies");
    }

    public PagedList<ActionPlan> list(PlanStatus status, SourceType sourceType, String theme, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.add("p.status = :status");
            params.put("status", status);
        }
        if (sourceType != null) {
            where.add("p.sourceType = :sourceType");
            params.put("sourceType", sourceType);
        }
        if (theme != null && !theme.isBlank()) {
            where.add("array_contains(p.themes, :theme)");
            params.put("theme", theme);
        }
        String jpql = "from ActionPlan p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return PagedList.of(ActionPlan.find(jpql, Sort.descending("createdAt").and("id"), params), page, p -> (ActionPlan) p);
    }

    /** The actions of a plan the caller may see. */
    public List<Action> actionsOf(ActionPlan plan) {
        return Action.list("plan", Sort.by("dueDate").and("id"), plan);
    }

    @Transactional
    public ActionPlan close(UUID id, PlanRequests.ClosePlan request) {
        ActionPlan plan = visible(id);
        if (plan.status == PlanStatus.CLOSED) {
            throw Problems.conflict("The plan is already closed.");
        }
        List<Action> actions = Action.list("plan", plan);
        long unfinished = actions.stream().filter(a -> a.status.open()
                || (a.status == ActionStatus.COMPLETED && a.signOffStatus != SignOffStatus.SIGNED_OFF)).count();
        if (unfinished > 0) {
            throw Problems.conflict(unfinished + " action(s) are still open or awaiting sign-off; a plan closes when every action is signed off, not achieved or cancelled.");
        }
        if (Challenge.count("plan = ?1 and response.status = ?2", plan, ChallengeStatus.OPEN) > 0) {
            throw Problems.conflict("The independent chair's challenge(s) on this plan must be answered before it closes.");
        }
        plan.status = PlanStatus.CLOSED;
        plan.closingSummary = request.closingSummary();
        plan.closedAt = today.now();
        audit.record(ENTITY, plan.id, "CLOSED", PlanStatus.OPEN, PlanStatus.CLOSED, request.closingSummary());
        int completed = (int) actions.stream().filter(a -> a.signOffStatus == SignOffStatus.SIGNED_OFF).count();
        outbox.publish(PLAN_CLOSED, plan.partnershipId, plan.id.toString(),
                new ActionPlanClosedV1(plan.id.toString(), actions.size(), completed));
        return plan;
    }
}
