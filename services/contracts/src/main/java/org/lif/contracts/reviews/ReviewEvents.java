package org.lif.contracts.reviews;

import org.lif.contracts.EventType;
import org.lif.contracts.recommendations.RecommendationIssuedV1;

/**
 * Event types emitted by the reviews service on {@code lif.reviews.events}. None carries child-identifying data:
 * titles hold pseudonyms at most ("Child T"), notifications travel as counts.
 */
public final class ReviewEvents {
    public static final String SERVICE = "reviews";
    public static final EventType NOTIFICATION_RECORDED = new EventType(SERVICE, "NotificationRecorded", 1);
    public static final EventType RAPID_REVIEW_COMPLETED = new EventType(SERVICE, "RapidReviewCompleted", 1);
    public static final EventType REVIEW_DECISION_MADE = new EventType(SERVICE, "ReviewDecisionMade", 1);
    public static final EventType REVIEW_PUBLISHED = new EventType(SERVICE, "ReviewPublished", 1);
    public static final EventType LEARNING_THEME_IDENTIFIED = new EventType(SERVICE, "LearningThemeIdentified", 1);
    public static final EventType RECOMMENDATION_ISSUED = RecommendationIssuedV1.fromReviews();

    private ReviewEvents() {
    }
}
