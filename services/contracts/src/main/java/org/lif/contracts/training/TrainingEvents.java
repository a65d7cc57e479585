package org.lif.contracts.training;

import org.lif.contracts.EventType;

/**
 * Event types emitted by the training service on {@code lif.training.events}. None carries personal data: people
 * appear only as counts, agencies by id, evaluations as scores (never free text).
 */
public final class TrainingEvents {
    public static final String SERVICE = "training";
    public static final EventType COURSE_PUBLISHED = new EventType(SERVICE, "CoursePublished", 1);
    public static final EventType SESSION_CANCELLED = new EventType(SERVICE, "SessionCancelled", 1);
    public static final EventType ATTENDANCE_RECORDED = new EventType(SERVICE, "AttendanceRecorded", 1);
    public static final EventType EVALUATION_SUBMITTED = new EventType(SERVICE, "EvaluationSubmitted", 1);
    public static final EventType IMPACT_FOLLOW_UP_ANSWERED = new EventType(SERVICE, "ImpactFollowUpAnswered", 1);
    public static final EventType BRIEFING_PUBLISHED = new EventType(SERVICE, "BriefingPublished", 1);
    public static final EventType BRIEFING_CASCADED = new EventType(SERVICE, "BriefingCascaded", 1);

    private TrainingEvents() {
    }
}
