package org.lif.reviews.progress;

/**
 * Progress of a review's recommendations: how many are issued, and of the actions agencies took on them how many are
 * signed off as completed and how many are overdue (from action-plans events).
 */
public record ProgressSummary(long recommendationsIssued, long actions, long actionsCompleted, long actionsOverdue) {
}
