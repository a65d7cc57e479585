package org.lif.reviews.progress;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Reads recommendation progress from the read model. */
@ApplicationScoped
public class Progress {

    public ProgressSummary ofReview(UUID reviewId) {
        long issued = Panache.getEntityManager().createQuery(
                        "select count(r) from Recommendation r where r.reviewId = :review and r.status = :issued", Long.class)
                .setParameter("review", reviewId)
                .setParameter("issued", org.lif.reviews.recommendation.Recommendation.Status.ISSUED)
                .getSingleResult();
        List<Object[]> byState = Panache.getEntityManager().createQuery("""
                        select p.state, count(p) from RecommendationProgress p
                        where p.recommendationId in (select r.id from Recommendation r where r.reviewId = :review)
                        group by p.state""", Object[].class)
                .setParameter("review", reviewId)
                .getResultList();
        long actions = 0;
        long completed = 0;
        long overdue = 0;
        for (Object[] row : byState) {
            long n = (Long) row[1];
            actions += n;
            if (row[0] == RecommendationProgress.State.COMPLETED) {
                completed += n;
            } else if (row[0] == RecommendationProgress.State.OVERDUE) {
                overdue += n;
            }
        }
        return new ProgressSummary(issued, actions, completed, overdue);
    }

    public List<ActionProgress> ofRecommendation(UUID recommendationId) {
        return RecommendationProgress.<RecommendationProgress>list("recommendationId", Sort.by("ownerAgency").and("actionId"), recommendationId)
                .stream().map(p -> new ActionProgress(p.actionId, p.ownerAgency, p.state, p.dueOn, p.completedOn)).toList();
    }
}
