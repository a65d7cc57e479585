package org.lif.actionplans.challenge;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lif.actionplans.plan.ActionPlan;
import org.lif.actionplans.plan.PlanStatus;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.problem.Problems;
import org.lif.platform.scrutiny.ChallengeStatus;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;

import java.util.List;
import java.util.UUID;

/** Scrutiny: the independent chair challenges a plan; the partnership must answer before the plan closes. */
@ApplicationScoped
public class ChallengeService {

    static final String ENTITY = "challenge";

    public record RaiseChallenge(
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String question) {
    }

    public record AnswerChallenge(
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String answer) {
    }

    @Inject
    PartnershipContext context;
    @Inject
    Today today;
    @Inject
    AuditTrail audit;

    public List<Challenge> of(ActionPlan plan) {
        return Challenge.list("plan", Sort.by("raisedAt"), plan);
    }

    @Transactional
    public Challenge raise(ActionPlan plan, RaiseChallenge request) {
        if (plan.status == PlanStatus.CLOSED) {
            throw Problems.conflict("The plan is closed.");
        }
        Challenge c = new Challenge();
        c.id = UUID.randomUUID();
        c.plan = plan;
        c.question = request.question();
        c.raisedBy = context.actor();
        c.raisedAt = today.now();
        c.persist();
        audit.record(ENTITY, c.id, "RAISED", null, c.response.status, "on plan " + plan.id);
        return c;
    }

    @Transactional
    public Challenge answer(ActionPlan plan, UUID challengeId, AnswerChallenge request) {
        Challenge c = Challenge.findById(challengeId);
        if (c == null || !c.plan.id.equals(plan.id)) {
            throw Problems.notFound("Challenge", challengeId);
        }
        c.response.give(request.answer(), context.actor(), today.now());
        audit.record(ENTITY, c.id, "ANSWERED", ChallengeStatus.OPEN, ChallengeStatus.ANSWERED, null);
        return c;
    }
}
