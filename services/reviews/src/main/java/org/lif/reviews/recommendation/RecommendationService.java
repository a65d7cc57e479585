package org.lif.reviews.recommendation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lif.contracts.SourceType;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.contracts.reviews.ReviewEvents;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;
import org.lif.reviews.progress.Progress;
import org.lif.reviews.review.Clocks;
import org.lif.reviews.review.Review;
import org.lif.reviews.review.ReviewAccess;
import org.lif.reviews.review.ReviewChanges;
import org.lif.reviews.review.Themes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.lif.reviews.review.ReviewStatus.*;

/**
 * Recommendations: drafted by the partnership or the review's reviewer, issued by the partnership once the final
 * report is in (immediate actions of a rapid review are issued with its outcome). Issuing publishes
 * {@code RecommendationIssued}; action-plans turns it into one action per target agency.
 */
@ApplicationScoped
public class RecommendationService {

    static final String ENTITY = "recommendation";

    @Inject
    PartnershipContext context;
    @Inject
    Today today;
    @Inject
    ReviewAccess access;
    @Inject
    ReviewChanges changes;
    @Inject
    Themes themes;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    Progress progress;
    @ConfigProperty(name = "lif.reviews.monitoring-subgroup", defaultValue = "SILG")
    String subgroup;

    @Transactional
    public Recommendation draft(UUID reviewId, RecommendationRequests.Draft request) {
        Review r = access.managed(reviewId);
        ReviewChanges.requireType(r, "draft recommendations", r.type.commissioned(), "a commissioned review (a rapid review's immediate actions come with its outcome)");
        ReviewChanges.require(r, "draft recommendations", COMMISSIONED, IN_PROGRESS, DRAFT_REPORT, FINAL_REPORT, SENT_TO_PANEL);
        Recommendation rec = create(r, request, false);
        changes.changed(r, "RECOMMENDATION_DRAFTED", r.status, rec.id.toString());
        return rec;
    }

    @Transactional
    public Recommendation issue(UUID reviewId, UUID recommendationId) {
        Review r = access.partnershipManaged(reviewId);
        Recommendation rec = of(r, recommendationId);
        ReviewChanges.require(r, "issue recommendations (the final report comes first)", FINAL_REPORT, SENT_TO_PANEL, PUBLISHED, NOT_PUBLISHED);
        if (rec.status == Recommendation.Status.ISSUED) {
            throw Problems.conflict("This recommendation was already issued on " + rec.issuedOn + ".");
        }
        issue(r, rec);
        changes.changed(r, "RECOMMENDATION_ISSUED", r.status, rec.id.toString());
        return rec;
    }

    /** An immediate action of a rapid review's outcome: created and issued at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recommendation issueImmediate(Review rapid, RecommendationRequests.Draft request) {
        Recommendation rec = create(rapid, request, true);
        issue(rapid, rec);
        return rec;
    }

    public List<Recommendation> list(UUID reviewId) {
        Review r = access.learningVisible(reviewId);
        return Recommendation.list("reviewId", Sort.by("createdAt").and("id"), r.id);
    }

    public RecommendationView view(Recommendation rec) {
        return new RecommendationView(rec.id, rec.reviewId, rec.text, rec.targetAgencies, rec.themes, rec.suggestedDueOn,
                rec.immediate, rec.status, rec.issuedOn, progress.ofRecommendation(rec.id));
    }

    private Recommendation create(Review r, RecommendationRequests.Draft request, boolean immediate) {
        Recommendation rec = new Recommendation();
        rec.id = UUID.randomUUID();
        rec.reviewId = r.id;
        rec.text = request.text();
        rec.targetAgencies = new ArrayList<>(request.targetAgencies().stream().distinct().toList());
        rec.themes = request.themes() == null ? new ArrayList<>() : new ArrayList<>(request.themes().stream().map(Themes::normalise).distinct().toList());
        rec.suggestedDueOn = request.suggestedDueOn();
        rec.immediate = immediate;
        rec.status = Recommendation.Status.DRAFT;
        rec.createdAt = today.now();
        rec.createdBy = context.actor();
        rec.persist();
        themes.identify(r, rec.themes);
        audit.record(ENTITY, rec.id, "DRAFTED", null, rec.status, "review " + r.id);
        return rec;
    }

    private void issue(Review r, Recommendation rec) {
        rec.status = Recommendation.Status.ISSUED;
        rec.issuedOn = today.date();
        rec.issuedBy = context.actor();
        audit.record(ENTITY, rec.id, "ISSUED", Recommendation.Status.DRAFT, rec.status, "to " + String.join(", ", rec.targetAgencies));
        // keyed by the review: its recommendations share a partition and are consumed in order
        outbox.publish(ReviewEvents.RECOMMENDATION_ISSUED, r.partnershipId, r.id.toString(), new RecommendationIssuedV1(
                rec.id.toString(), SourceType.REVIEW, r.id.toString(), r.title, rec.text, List.copyOf(rec.targetAgencies),
                List.copyOf(rec.themes), rec.suggestedDueOn, subgroup));
    }

    private Recommendation of(Review r, UUID id) {
        Recommendation rec = id == null ? null : Recommendation.findById(id);
        if (rec == null || !rec.reviewId.equals(r.id)) {
            throw Problems.notFound("Recommendation", id);
        }
        return rec;
    }

}
