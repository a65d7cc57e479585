package org.lif.audits.recommendation;

import org.lif.contracts.SourceType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recommendation with the progress of the actions agencies took on it (from action-plans). */
public record RecommendationView(UUID id, SourceType sourceType, UUID sourceId, String text, List<String> targetAgencies,
                                 List<String> themes, LocalDate suggestedDueOn, LocalDate issuedOn, List<Action> actions,
                                 long actionsCompleted, long actionsOverdue) {

    /** One agency's action on the recommendation, as action-plans reported it. */
    public record Action(String actionId, String ownerAgency, ActionProgress.State state, LocalDate dueOn, LocalDate completedOn) {
    }
}
