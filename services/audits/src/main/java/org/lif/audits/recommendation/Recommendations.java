package org.lif.audits.recommendation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lif.audits.common.Callers;
import org.lif.audits.common.Inputs;
import org.lif.platform.time.Today;
import org.lif.contracts.SourceType;
import org.lif.contracts.audits.AuditEvents;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.problem.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Issues recommendations of audits, Section 11 evaluations and schools returns as {@code lif.audits.RecommendationIssued.v1}
 * (action-plans creates one action per target agency) and reads their progress.
 */
@ApplicationScoped
public class Recommendations {

    static final String ENTITY = "recommendation";

    @Inject
    Callers callers;
    @Inject
    Today today;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @ConfigProperty(name = "lif.audits.monitoring-subgroup", defaultValue = "SPIG")
    String defaultSubgroup;

    /**
     * @param defaultAgency the agency a Section 11 / schools action is for (null for an audit: the request names them)
     * @param subgroup      the subgroup that monitors the plan, or null for the configured default
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recommendation issue(SourceType sourceType, UUID sourceId, String sourceTitle, String defaultAgency,
                                String subgroup, List<String> sourceThemes, RecommendationRequest request) {
        List<String> agencies = Inputs.distinct(request.targetAgencies());
        if (defaultAgency != null && agencies.isEmpty()) {
            agencies.add(defaultAgency);
        }
        if (agencies.isEmpty()) {
            throw Problems.invalid("targetAgencies", "must name at least one agency");
        }
        if (request.suggestedDueOn() != null && request.suggestedDueOn().isBefore(today.date())) {
            throw Problems.invalid("suggestedDueOn", "must not be in the past");
        }
        List<String> themes = Inputs.themes(request.themes());
        if (themes.isEmpty() && sourceThemes != null) {
            themes = new ArrayList<>(sourceThemes);
        }
        Recommendation rec = new Recommendation();
        rec.id = UUID.randomUUID();
        rec.sourceType = sourceType;
        rec.sourceId = sourceId;
        rec.sourceTitle = sourceTitle;
        rec.text = request.text();
        rec.targetAgencies = agencies;
        rec.themes = themes;
        rec.suggestedDueOn = request.suggestedDueOn();
        rec.issuedOn = today.date();
        rec.issuedBy = callers.actor();
        rec.persist();
        audit.record(ENTITY, rec.id, "ISSUED", null, sourceType, "to " + String.join(", ", agencies) + " from " + sourceId);
        // keyed by the source: its recommendations share a partition and are consumed in order
        outbox.publish(AuditEvents.RECOMMENDATION_ISSUED, callers.partnershipId(), sourceId.toString(), new RecommendationIssuedV1(
                rec.id.toString(), sourceType, sourceId.toString(), sourceTitle, rec.text, List.copyOf(agencies),
                List.copyOf(themes), rec.suggestedDueOn, subgroup == null || subgroup.isBlank() ? defaultSubgroup : subgroup));
        return rec;
    }

    /**
     * An improvement action for one agency (a Section 11 evaluation's or a schools return's): the request may name
     * no target agency, or only that one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recommendation issueFor(SourceType sourceType, UUID sourceId, String sourceTitle, String agency, RecommendationRequest request) {
        if (request.targetAgencies() != null && !request.targetAgencies().isEmpty() && !request.targetAgencies().equals(List.of(agency))) {
            throw Problems.invalid("targetAgencies", "this action is for " + agency + " only");
        }
        return issue(sourceType, sourceId, sourceTitle + " – " + agency, agency, null, List.of(), request);
    }

    public List<RecommendationView> of(UUID sourceId) {
        return Recommendation.<Recommendation>list("sourceId", Sort.by("issuedOn").and("id"), sourceId).stream().map(this::view).toList();
    }

    /** The recommendations of a source that are for one agency. */
    public List<RecommendationView> of(UUID sourceId, String agency) {
        return of(sourceId).stream().filter(r -> r.targetAgencies().contains(agency)).toList();
    }

    public RecommendationView view(Recommendation rec) {
        List<RecommendationView.Action> actions = ActionProgress.<ActionProgress>list("recommendationId",
                        Sort.by("ownerAgency").and("actionId"), rec.id).stream()
                .map(p -> new RecommendationView.Action(p.actionId, p.ownerAgency, p.state, p.dueOn, p.completedOn)).toList();
        return new RecommendationView(rec.id, rec.sourceType, rec.sourceId, rec.text, rec.targetAgencies, rec.themes,
                rec.suggestedDueOn, rec.issuedOn, actions,
                actions.stream().filter(a -> a.state() == ActionProgress.State.COMPLETED).count(),
                actions.stream().filter(a -> a.state() == ActionProgress.State.OVERDUE).count());
    }
}
