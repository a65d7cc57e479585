package org.lif.reviews.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.contracts.SourceType;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.time.Today;
import org.lif.reviews.recommendation.Recommendation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Applies action-plans events about actions taken on our recommendations. Events about other sources, or about
 * recommendations this partnership's reviews did not issue, are ignored. A completed action stays completed until
 * action-plans reopens it.
 */
@ApplicationScoped
public class ProgressHandler {

    static final String ENTITY = "recommendation";

    @Inject
    AuditTrail audit;
    @Inject
    Today today;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(SourceType source, String recommendationId, String actionId, String agency, LocalDate dueOn) {
        RecommendationProgress p = find(source, recommendationId, actionId, agency);
        if (p != null && p.state != RecommendationProgress.State.COMPLETED) {
            p.dueOn = dueOn;
            touch(p, "ACTION_CREATED");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void completed(SourceType source, String recommendationId, String actionId, String agency, LocalDate signedOffOn) {
        RecommendationProgress p = find(source, recommendationId, actionId, agency);
        if (p != null) {
            p.state = RecommendationProgress.State.COMPLETED;
            p.completedOn = signedOffOn;
            touch(p, "ACTION_COMPLETED");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void overdue(SourceType source, String recommendationId, String actionId, String agency, LocalDate dueOn) {
        RecommendationProgress p = find(source, recommendationId, actionId, agency);
        if (p != null && p.state != RecommendationProgress.State.COMPLETED) {
            p.state = RecommendationProgress.State.OVERDUE;
            p.dueOn = dueOn;
            touch(p, "ACTION_OVERDUE");
        }
    }

    /** A completed action was reopened (or its completion refused): it is open again. Unknown actions are not ours. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopened(String actionId) {
        RecommendationProgress p = RecommendationProgress.findById(actionId);
        if (p != null && p.state == RecommendationProgress.State.COMPLETED) {
            p.state = RecommendationProgress.State.OPEN;
            p.completedOn = null;
            touch(p, "ACTION_REOPENED");
        }
    }

    /** The progress row of the action, created on first sight; null when the event is not about our recommendation. */
    private RecommendationProgress find(SourceType source, String recommendationId, String actionId, String agency) {
        if (source != SourceType.REVIEW || recommendationId == null) {
            return null;
        }
        UUID recId;
        try {
            recId = UUID.fromString(recommendationId);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (Recommendation.findById(recId) == null) {
            return null;
        }
        RecommendationProgress p = RecommendationProgress.findById(actionId);
        if (p == null) {
            p = new RecommendationProgress();
            p.actionId = actionId;
            p.recommendationId = recId;
            p.ownerAgency = agency;
            p.state = RecommendationProgress.State.OPEN;
            p.updatedAt = today.now();
            p.persist();
        }
        return p;
    }

    private void touch(RecommendationProgress p, String action) {
        p.updatedAt = today.now();
        audit.record(ENTITY, p.recommendationId, action, null, p.state, "action " + p.actionId + " of " + p.ownerAgency);
    }
}
