package org.lif.reporting;

import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.EventType;
import org.lif.contracts.SourceType;
import org.lif.contracts.Topics;
import org.lif.contracts.actionplans.ActionCompletedV1;
import org.lif.contracts.actionplans.ActionCreatedV1;
import org.lif.contracts.actionplans.ActionDueDateChangedV1;
import org.lif.contracts.actionplans.ActionOverdueV1;
import org.lif.contracts.actionplans.ActionPlanClosedV1;
import org.lif.contracts.actionplans.ActionPlanCreatedV1;
import org.lif.contracts.actionplans.ActionPlanEvents;
import org.lif.contracts.actionplans.ActionStatusChangedV1;
import org.lif.contracts.audits.AuditCompletedV1;
import org.lif.contracts.audits.AuditEvents;
import org.lif.contracts.audits.AuditPlannedV1;
import org.lif.contracts.audits.SchoolsReturnSubmittedV1;
import org.lif.contracts.audits.Section11EvaluationAgreedV1;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.contracts.reviews.LearningThemeIdentifiedV1;
import org.lif.contracts.reviews.NotificationRecordedV1;
import org.lif.contracts.reviews.RapidReviewCompletedV1;
import org.lif.contracts.reviews.ReviewDecisionMadeV1;
import org.lif.contracts.reviews.ReviewEvents;
import org.lif.contracts.reviews.ReviewPublishedV1;
import org.lif.contracts.training.AttendanceRecordedV1;
import org.lif.contracts.training.BriefingCascadedV1;
import org.lif.contracts.training.BriefingPublishedV1;
import org.lif.contracts.training.CoursePublishedV1;
import org.lif.contracts.training.EvaluationSubmittedV1;
import org.lif.contracts.training.ImpactFollowUpAnsweredV1;
import org.lif.contracts.training.SessionCancelledV1;
import org.lif.contracts.training.TrainingEvents;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKafka;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Sends the other services' events for one partnership, as their outbox relays would; each returns the envelope (to send again). */
public final class Events {

    public static final LocalDate TODAY = TestClock.today();
    private final String p;

    public Events(String partnership) {
        this.p = partnership;
    }

    public EventEnvelope send(EventType type, String subject, Object payload) {
        EventEnvelope e = EventCodec.envelope(type, "/lif/" + type.service(), p, subject, payload, TestClock.now());
        TestKafka.sendEvent(type.topic(), e);
        return e;
    }

    public static void resend(EventEnvelope e) {
        TestKafka.sendEvent(EventType.parse(e.type()).topic(), e);
    }

    public static LocalDate days(int offset) {
        return TODAY.plusDays(offset);
    }

    // reviews
    public EventEnvelope notification(String id, String rapidReview, int notifiedDaysAgo, boolean late) {
        return send(ReviewEvents.NOTIFICATION_RECORDED, id, new NotificationRecordedV1(id, rapidReview, days(-notifiedDaysAgo - 3),
                days(-notifiedDaysAgo), days(-notifiedDaysAgo + (late ? -1 : 2)), late, 1, 0, 0, List.of("hampshire-constabulary")));
    }

    public EventEnvelope rapidReview(String id, String notification, boolean onTime, String decision) {
        return send(ReviewEvents.RAPID_REVIEW_COMPLETED, id, new RapidReviewCompletedV1(id, notification, days(-20), days(onTime ? -21 : -18),
                onTime, decision, List.of("POLICE", "LOCAL_AUTHORITY")));
    }

    public EventEnvelope decision(String rapidReview, String decision, String followUp, LocalDate finalReportDue) {
        return send(ReviewEvents.REVIEW_DECISION_MADE, rapidReview, new ReviewDecisionMadeV1(rapidReview, decision, days(-20), followUp,
                followUp == null ? null : "LCSPR", finalReportDue));
    }

    public EventEnvelope published(String review, LocalDate on, List<String> themes) {
        return send(ReviewEvents.REVIEW_PUBLISHED, review, new ReviewPublishedV1(review, "LCSPR", "LCSPR Child T", on,
                "https://example.org/lcspr.pdf", on.plusYears(1), themes));
    }

    public EventEnvelope theme(String review, String theme) {
        return send(ReviewEvents.LEARNING_THEME_IDENTIFIED, review, new LearningThemeIdentifiedV1(review, "LCSPR", "LCSPR Child T", theme));
    }

    public EventEnvelope recommendation(String id, SourceType type, String source, List<String> themes) {
        EventType t = type == SourceType.REVIEW ? ReviewEvents.RECOMMENDATION_ISSUED : AuditEvents.RECOMMENDATION_ISSUED;
        return send(t, source, new RecommendationIssuedV1(id, type, source, "Source " + source, "Do better", List.of("hampshire-constabulary"),
                themes, null, "SILG"));
    }

    // action plans
    public EventEnvelope plan(String id, List<String> themes) {
        return send(ActionPlanEvents.PLAN_CREATED, id, new ActionPlanCreatedV1(id, "Plan " + id, SourceType.REVIEW, "lcspr", "MULTI_AGENCY", "SILG", themes));
    }

    public EventEnvelope planClosed(String id) {
        return send(ActionPlanEvents.PLAN_CLOSED, id, new ActionPlanClosedV1(id, 1, 1));
    }

    public EventEnvelope action(String id, String plan, String agency, LocalDate due, String recommendation) {
        return send(ActionPlanEvents.ACTION_CREATED, id, new ActionCreatedV1(id, plan, agency, due, SourceType.REVIEW, "lcspr", recommendation));
    }

    public EventEnvelope status(String id, String plan, String agency, String from, String to) {
        return send(ActionPlanEvents.ACTION_STATUS_CHANGED, id, new ActionStatusChangedV1(id, plan, agency, from, to));
    }

    public EventEnvelope completed(String id, String plan, String agency, String recommendation) {
        return send(ActionPlanEvents.ACTION_COMPLETED, id, new ActionCompletedV1(id, plan, agency, SourceType.REVIEW, "lcspr", recommendation, TODAY));
    }

    public EventEnvelope dueChanged(String id, String plan, String agency, LocalDate from, LocalDate to) {
        return send(ActionPlanEvents.ACTION_DUE_DATE_CHANGED, id, new ActionDueDateChangedV1(id, plan, agency, from, to));
    }

    public EventEnvelope overdue(String id, String plan, String agency, LocalDate due) {
        return send(ActionPlanEvents.ACTION_OVERDUE, id, new ActionOverdueV1(id, plan, agency, due, "SILG", SourceType.REVIEW, "lcspr", null));
    }

    // audits
    public EventEnvelope auditPlanned(String id, int year, LocalDate plannedEnd, List<String> themes) {
        return send(AuditEvents.AUDIT_PLANNED, id, new AuditPlannedV1(id, "Audit " + id, "MULTI_AGENCY_THEMATIC", year, themes, "QPP",
                plannedEnd.minusDays(30), plannedEnd));
    }

    public EventEnvelope auditCompleted(String id, int year, LocalDate plannedEnd, LocalDate completedOn, List<String> themes) {
        return send(AuditEvents.AUDIT_COMPLETED, id, new AuditCompletedV1(id, "Audit " + id, "MULTI_AGENCY_THEMATIC", year, themes, plannedEnd,
                completedOn, List.of("hampshire-constabulary"), 6, Map.of("GOOD", 4, "REQUIRES_IMPROVEMENT", 2), 3, 2));
    }

    public EventEnvelope section11(String cycle, int startYear, String agency, List<Section11EvaluationAgreedV1.StandardRating> ratings) {
        return send(AuditEvents.SECTION11_EVALUATION_AGREED, cycle, new Section11EvaluationAgreedV1(cycle, "Section 11 " + startYear, startYear,
                agency, days(-30), "AGREED", ratings));
    }

    public static Section11EvaluationAgreedV1.StandardRating rating(String standard, String self, String moderated) {
        return new Section11EvaluationAgreedV1.StandardRating(standard, "Standard " + standard, self, moderated);
    }

    public EventEnvelope schoolsReturn(String window, String agency, boolean onTime, Map<String, Integer> rag) {
        return send(AuditEvents.SCHOOLS_RETURN_SUBMITTED, window, new SchoolsReturnSubmittedV1(window, "2025-26", agency, days(-40), days(-30),
                onTime, rag));
    }

    // training
    public EventEnvelope course(String id, List<String> themes) {
        return send(TrainingEvents.COURSE_PUBLISHED, id, new CoursePublishedV1(id, "Course " + id, "FACE_TO_FACE", "LEVEL_3", themes));
    }

    public EventEnvelope cancelled(String session, String course) {
        return send(TrainingEvents.SESSION_CANCELLED, session, new SessionCancelledV1(session, course, TestClock.now().minusDays(3), 4));
    }

    public EventEnvelope attendance(String booking, String course, String agency, boolean attended) {
        return send(TrainingEvents.ATTENDANCE_RECORDED, booking, new AttendanceRecordedV1(booking, "s-" + course, course, agency, attended, attended ? 0 : 5000));
    }

    public EventEnvelope evaluation(String booking, String course, String agency, int before, int after, String outcomes, List<String> themes) {
        return send(TrainingEvents.EVALUATION_SUBMITTED, booking, new EvaluationSubmittedV1(booking, "s-" + course, course, agency, before, after, outcomes, themes));
    }

    public EventEnvelope impact(String followUp, String booking, String course, String agency, int months, int changed, int confidence) {
        return send(TrainingEvents.IMPACT_FOLLOW_UP_ANSWERED, followUp, new ImpactFollowUpAnsweredV1(followUp, booking, course, agency, months,
                changed, confidence, List.of()));
    }

    public EventEnvelope briefing(String id, List<String> themes) {
        return send(TrainingEvents.BRIEFING_PUBLISHED, id, new BriefingPublishedV1(id, "Briefing " + id, "SEVEN_MINUTE_BRIEFING", "REVIEW", "lcspr", themes));
    }

    public EventEnvelope cascade(String id, String briefing, String agency, int reached) {
        return send(TrainingEvents.BRIEFING_CASCADED, briefing, new BriefingCascadedV1(briefing, id, agency, reached, TODAY));
    }
}
