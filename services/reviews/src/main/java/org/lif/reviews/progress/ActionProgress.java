package org.lif.reviews.progress;

import java.time.LocalDate;

/** One agency's action on a recommendation, as action-plans reported it. */
public record ActionProgress(String actionId, String ownerAgency, RecommendationProgress.State state, LocalDate dueOn,
                             LocalDate completedOn) {
}
