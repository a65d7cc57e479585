package org.lif.reviews.recommendation;

import org.lif.reviews.progress.ActionProgress;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recommendation with the progress of the actions agencies took on it (from action-plans). */
public record RecommendationView(UUID id, UUID reviewId, String text, List<String> targetAgencies, List<String> themes,
                                 LocalDate suggestedDueOn, boolean immediate, Recommendation.Status status,
                                 LocalDate issuedOn, List<ActionProgress> actions) {
}
