package org.lif.reporting.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.EventType;
import org.lif.contracts.SourceType;
import org.lif.contracts.actionplans.ActionCompletedV1;
import org.lif.contracts.actionplans.ActionCreatedV1;
import org.lif.contracts.actionplans.ActionDueDateChangedV1;
import org.lif.contracts.actionplans.ActionOverdueV1;
import org.lif.contracts.actionplans.ActionPlanClosedV1;
import org.lif.contracts.actionplans.ActionPlanCreatedV1;
import org.lif.contracts.actionplans.ActionStatusChangedV1;
import org.lif.contracts.audits.AuditCompletedV1;
import org.lif.contracts.audits.AuditPlannedV1;
import org.lif.contracts.audits.SchoolsReturnSubmittedV1;
import org.lif.contracts.audits.Section11EvaluationAgreedV1;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.contracts.reviews.LearningThemeIdentifiedV1;
import org.lif.contracts.reviews.NotificationRecordedV1;
import org.lif.contracts.reviews.RapidReviewCompletedV1;
import org.lif.contracts.reviews.ReviewDecisionMadeV1;
import org.lif.contracts.reviews.ReviewPublishedV1;
import org.lif.contracts.training.AttendanceRecordedV1;
import org.lif.contracts.training.BriefingCascadedV1;
import org.lif.contracts.training.BriefingPublishedV1;
import org.lif.contracts.training.CoursePublishedV1;
import org.lif.contracts.training.EvaluationSubmittedV1;
import org.lif.contracts.training.ImpactFollowUpAnsweredV1;
import org.lif.contracts.training.SessionCancelledV1;
import org.lif.platform.time.Today;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Applies one event of another service to the read model (in the consumer's transaction, inside the event's
 * partnership). Every change is an upsert keyed by the event's aggregate ids, so applying the same facts again (a
 * replay) gives the same rows; stages never move back.
 */
@ApplicationScoped
public class Projector {

    private static final Logger LOG = Logger.getLogger(Projector.class);

    @Inject
    EntityManager em;
    @Inject
    Event<ReadModelChanged> changes;
    @Inject
    Today today;

    /** @return false for an event type the read model does not use */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(EventEnvelope event) {
        EventType type = EventType.parse(event.type());
        if (type.version() != 1) {
            return false;
        }
        // the day in England, as every service dates things (between 23:00 and 24:00 UTC in summer it is already tomorrow)
        LocalDate day = event.time() == null ? today.date() : Today.localDate(event.time());
        switch (type.service() + "." + type.name()) {
            case "reviews.NotificationRecorded" -> notification(EventCodec.payload(event, NotificationRecordedV1.class), day);
            case "reviews.RapidReviewCompleted" -> rapidReview(EventCodec.payload(event, RapidReviewCompletedV1.class));
            case "reviews.ReviewDecisionMade" -> decision(EventCodec.payload(event, ReviewDecisionMadeV1.class));
            case "reviews.ReviewPublished" -> published(EventCodec.payload(event, ReviewPublishedV1.class), day);
            case "reviews.LearningThemeIdentified" -> {
                LearningThemeIdentifiedV1 t = EventCodec.payload(event, LearningThemeIdentifiedV1.class);
                themes(ReadModel.REVIEW, t.reviewId(), List.of(t.theme()), day);
            }
            case "reviews.RecommendationIssued", "audits.RecommendationIssued" ->
                    recommendation(EventCodec.payload(event, RecommendationIssuedV1.class), day);
            case "audits.AuditPlanned" -> auditPlanned(EventCodec.payload(event, AuditPlannedV1.class), day);
            case "audits.AuditCompleted" -> auditCompleted(EventCodec.payload(event, AuditCompletedV1.class), day);
            case "audits.Section11EvaluationAgreed" -> section11(EventCodec.payload(event, Section11EvaluationAgreedV1.class));
            case "audits.SchoolsReturnSubmitted" -> schoolsReturn(EventCodec.payload(event, SchoolsReturnSubmittedV1.class));
            case "action-plans.ActionPlanCreated" -> planCreated(EventCodec.payload(event, ActionPlanCreatedV1.class), day);
            case "action-plans.ActionPlanClosed" -> {
                ActionPlanClosedV1 c = EventCodec.payload(event, ActionPlanClosedV1.class);
                ActionPlanRow plan = plan(c.planId());
                plan.closed = true;
                plan.persist();
            }
            case "action-plans.ActionCreated" -> actionCreated(EventCodec.payload(event, ActionCreatedV1.class), day);
            case "action-plans.ActionStatusChanged" -> actionStatus(EventCodec.payload(event, ActionStatusChangedV1.class), day);
            case "action-plans.ActionDueDateChanged" -> {
                ActionDueDateChangedV1 d = EventCodec.payload(event, ActionDueDateChangedV1.class);
                ActionRow a = action(d.actionId(), d.planId(), d.ownerAgency(), day);
                a.dueDate = d.to();
                a.persist();
            }
            case "action-plans.ActionCompleted" -> actionCompleted(EventCodec.payload(event, ActionCompletedV1.class), day);
            case "action-plans.ActionOverdue" -> {
                ActionOverdueV1 o = EventCodec.payload(event, ActionOverdueV1.class);
                ActionRow a = action(o.actionId(), o.planId(), o.ownerAgency(), day);
                a.dueDate = o.dueDate();
                a.persist();
            }
            case "training.CoursePublished" -> {
                CoursePublishedV1 c = EventCodec.payload(event, CoursePublishedV1.class);
                CourseRow course = find(CourseRow.class, "courseId", c.courseId(), () -> {
                    CourseRow r = new CourseRow();
                    r.courseId = c.courseId();
                    return r;
                });
                course.title = c.title();
                course.persist();
                themes(ReadModel.COURSE, c.courseId(), c.themes(), day);
            }
            case "training.SessionCancelled" -> sessionCancelled(EventCodec.payload(event, SessionCancelledV1.class));
            case "training.AttendanceRecorded" -> attendance(EventCodec.payload(event, AttendanceRecordedV1.class), day);
            case "training.EvaluationSubmitted" -> evaluation(EventCodec.payload(event, EvaluationSubmittedV1.class), day);
            case "training.ImpactFollowUpAnswered" -> impact(EventCodec.payload(event, ImpactFollowUpAnsweredV1.class), day);
            case "training.BriefingPublished" -> briefing(EventCodec.payload(event, BriefingPublishedV1.class), day);
            case "training.BriefingCascaded" -> cascade(EventCodec.payload(event, BriefingCascadedV1.class));
            default -> {
                LOG.debugf("reporting does not use %s", event.type());
                return false;
            }
        }
        changes.fire(new ReadModelChanged(event.partnership()));
        return true;
    }

    // ---- reviews ----

    private ReviewCaseRow reviewCase(String rapidReviewId) {
        return find(ReviewCaseRow.class, "rapidReviewId", rapidReviewId, () -> {
            ReviewCaseRow r = new ReviewCaseRow();
            r.rapidReviewId = rapidReviewId;
            return r;
        });
    }

    private void notification(NotificationRecordedV1 n, LocalDate day) {
        ReviewCaseRow r = reviewCase(n.rapidReviewId() == null ? n.notificationId() : n.rapidReviewId());
        r.notificationId = n.notificationId();
        r.becameAwareOn = n.becameAwareOn();
        r.notifiedOn = n.notifiedOn() == null ? day : n.notifiedOn();
        r.notificationDueOn = n.notificationDueOn();
        r.notificationLate = n.late();
        r.stage = ReadModel.later(ReadModel.CASE_STAGES, r.stage, "NOTIFIED");
        r.persist();
    }

    private void rapidReview(RapidReviewCompletedV1 c) {
        ReviewCaseRow r = reviewCase(c.reviewId());
        r.notificationId = c.notificationId();
        r.rapidReviewDueOn = c.dueOn();
        r.rapidReviewSubmittedOn = c.submittedOn();
        r.rapidReviewOnTime = c.withinTimescale();
        if (r.decision == null) {
            r.decision = c.decision();
        }
        r.stage = ReadModel.later(ReadModel.CASE_STAGES, r.stage, "RAPID_REVIEW_COMPLETED");
        r.persist();
    }

    private void decision(ReviewDecisionMadeV1 d) {
        ReviewCaseRow r = reviewCase(d.rapidReviewId());
        r.decision = d.decision();
        r.decidedOn = d.decidedOn();
        r.followUpReviewId = d.followUpReviewId();
        r.stage = ReadModel.later(ReadModel.CASE_STAGES, r.stage, "DECIDED");
        r.persist();
        if (d.followUpReviewId() != null) {
            ReviewRow review = review(d.followUpReviewId());
            review.reviewType = d.followUpType();
            review.decidedOn = d.decidedOn();
            review.finalReportDueOn = d.finalReportDueOn();
            review.persist();
        }
    }

    private ReviewRow review(String reviewId) {
        ReviewRow r = find(ReviewRow.class, "reviewId", reviewId, () -> {
            ReviewRow n = new ReviewRow();
            n.reviewId = reviewId;
            return n;
        });
        r.stage = ReadModel.later(ReadModel.REVIEW_STAGES, r.stage, "REVIEW_IN_PROGRESS");
        return r;
    }

    private void published(ReviewPublishedV1 p, LocalDate day) {
        ReviewRow r = review(p.reviewId());
        if (r.reviewType == null) {
            r.reviewType = p.reviewType();
        }
        r.title = p.title();
        r.publishedOn = p.publishedOn();
        r.stage = "REVIEW_PUBLISHED";
        r.persist();
        themes(ReadModel.REVIEW, p.reviewId(), p.themes(), day);
    }

    private void recommendation(RecommendationIssuedV1 i, LocalDate day) {
        lockRecommendation(i.recommendationId());
        RecommendationRow r = find(RecommendationRow.class, "recommendationId", i.recommendationId(), () -> {
            RecommendationRow n = new RecommendationRow();
            n.recommendationId = i.recommendationId();
            n.issuedOn = day;
            return n;
        });
        r.sourceType = i.sourceType().name();
        r.sourceId = i.sourceId();
        r.sourceTitle = i.sourceTitle();
        r.subgroup = i.subgroup();
        r.status = recommendationStatus(i.recommendationId());
        r.persist();
        themes(ReadModel.RECOMMENDATION, i.recommendationId(), i.themes(), day);
        themes(i.sourceType() == SourceType.REVIEW ? ReadModel.REVIEW : ReadModel.AUDIT, i.sourceId(), i.themes(), day);
    }

    /** A recommendation's status follows its actions (a reopened action makes it in progress again). */
    static String recommendationStatus(List<Object[]> statusAndSignOff) {
        if (statusAndSignOff.isEmpty()) {
            return "AWAITING_ACTIONS";
        }
        boolean open = statusAndSignOff.stream().anyMatch(a -> "NOT_STARTED".equals(a[0]) || "IN_PROGRESS".equals(a[0]));
        boolean awaitingSignOff = statusAndSignOff.stream().anyMatch(a -> "COMPLETED".equals(a[0]) && a[1] == null);
        boolean allDone = statusAndSignOff.stream().allMatch(a -> "COMPLETED".equals(a[0]) && a[1] != null);
        return open ? "IN_PROGRESS" : awaitingSignOff ? "AWAITING_SIGN_OFF" : allDone ? "COMPLETED" : "CLOSED_NOT_ACHIEVED";
    }

    private String recommendationStatus(String recommendationId) {
        List<Object[]> actions = em.createQuery(
                        "select a.status, a.signedOffOn from ActionRow a where a.recommendationId = ?1", Object[].class)
                .setParameter(1, recommendationId).getResultList();
        return recommendationStatus(actions);
    }

    private void refreshRecommendation(String recommendationId) {
        if (recommendationId == null) {
            return;
        }
        em.flush();
        lockRecommendation(recommendationId);
        RecommendationRow r = RecommendationRow.<RecommendationRow>find("recommendationId", recommendationId).firstResult();
        if (r != null) {
            r.status = recommendationStatus(recommendationId);
        }
    }

    /**
     * A recommendation's row and status are written by two consumers at once: its {@code RecommendationIssued} (reviews'
     * or audits' topic) and its actions' events (action-plans' topic). Without a lock, each transaction misses the other's
     * uncommitted work: the issue computes the status before the action commits, and the action finds no recommendation
     * to refresh, which leaves the status at {@code AWAITING_ACTIONS} for good. This lock (until the transaction ends)
     * makes the second of them wait for the first to commit, and then read it.
     */
    private void lockRecommendation(String recommendationId) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "rm_recommendation/" + recommendationId)
                .getSingleResult();
    }

    // ---- audits ----

    private AuditRow audit(String auditId, String title, String type, int year, LocalDate plannedEnd) {
        AuditRow r = find(AuditRow.class, "auditId", auditId, () -> {
            AuditRow n = new AuditRow();
            n.auditId = auditId;
            n.status = "PLANNED";
            return n;
        });
        r.title = title;
        r.auditType = type;
        r.programmeYear = year;
        r.plannedEnd = plannedEnd;
        r.persist();
        return r;
    }

    private void auditPlanned(AuditPlannedV1 p, LocalDate day) {
        audit(p.auditId(), p.title(), p.auditType(), p.programmeYear(), p.plannedEnd());
        themes(ReadModel.AUDIT, p.auditId(), p.themes(), day);
    }

    private void auditCompleted(AuditCompletedV1 c, LocalDate day) {
        AuditRow r = audit(c.auditId(), c.title(), c.auditType(), c.programmeYear(), c.plannedEnd());
        r.status = "COMPLETED";
        r.completedOn = c.completedOn();
        r.casesAudited = c.casesAudited();
        r.goodPractice = c.goodPracticeFindings();
        r.improvement = c.improvementFindings();
        r.persist();
        themes(ReadModel.AUDIT, c.auditId(), c.themes(), day);
    }

    private void section11(Section11EvaluationAgreedV1 e) {
        for (Section11EvaluationAgreedV1.StandardRating s : e.ratings()) {
            Section11RatingRow r = Section11RatingRow.<Section11RatingRow>find("cycleId = ?1 and agency = ?2 and standard = ?3",
                    e.cycleId(), e.agency(), s.standard()).firstResult();
            if (r == null) {
                r = new Section11RatingRow();
                r.cycleId = e.cycleId();
                r.agency = e.agency();
                r.standard = s.standard();
            }
            r.startYear = e.startYear();
            r.title = s.title();
            r.rating = s.moderatedRating() != null ? s.moderatedRating() : s.selfRating();
            r.agreedOn = e.agreedOn();
            r.persist();
        }
    }

    private void schoolsReturn(SchoolsReturnSubmittedV1 s) {
        SchoolsReturnRow r = SchoolsReturnRow.<SchoolsReturnRow>find("windowId = ?1 and agency = ?2", s.windowId(), s.agency()).firstResult();
        if (r == null) {
            r = new SchoolsReturnRow();
            r.windowId = s.windowId();
            r.agency = s.agency();
        }
        r.academicYear = s.academicYear();
        r.submittedOn = s.submittedOn();
        r.onTime = s.onTime();
        Map<String, Integer> rag = s.ragCounts() == null ? Map.of() : s.ragCounts();
        r.red = count(rag, "RED");
        r.amber = count(rag, "AMBER");
        r.green = count(rag, "GREEN");
        r.persist();
    }

    private static int count(Map<String, Integer> rag, String colour) {
        return rag.entrySet().stream().filter(e -> colour.equalsIgnoreCase(e.getKey())).mapToInt(e -> e.getValue() == null ? 0 : e.getValue()).sum();
    }

    // ---- action plans ----

    private ActionPlanRow plan(String planId) {
        return find(ActionPlanRow.class, "planId", planId, () -> {
            ActionPlanRow n = new ActionPlanRow();
            n.planId = planId;
            return n;
        });
    }

    private void planCreated(ActionPlanCreatedV1 p, LocalDate day) {
        ActionPlanRow r = plan(p.planId());
        r.title = p.title();
        r.sourceType = p.sourceType() == null ? null : p.sourceType().name();
        r.sourceId = p.sourceId();
        r.subgroup = p.subgroup();
        r.persist();
        themes(ReadModel.PLAN, p.planId(), p.themes(), day);
    }

    private ActionRow action(String actionId, String planId, String ownerAgency, LocalDate day) {
        ActionRow r = find(ActionRow.class, "actionId", actionId, () -> {
            ActionRow n = new ActionRow();
            n.actionId = actionId;
            n.status = "NOT_STARTED";
            n.createdOn = day;
            return n;
        });
        r.planId = planId;
        r.ownerAgency = ownerAgency;
        return r;
    }

    private void actionCreated(ActionCreatedV1 c, LocalDate day) {
        ActionRow r = action(c.actionId(), c.planId(), c.ownerAgency(), day);
        r.createdOn = day;
        r.dueDate = c.dueDate();
        r.sourceType = c.sourceType() == null ? null : c.sourceType().name();
        r.sourceId = c.sourceId();
        r.recommendationId = c.recommendationId();
        r.persist();
        refreshRecommendation(c.recommendationId());
    }

    private void actionStatus(ActionStatusChangedV1 s, LocalDate day) {
        ActionRow r = action(s.actionId(), s.planId(), s.ownerAgency(), day);
        r.status = s.to();
        if (!"COMPLETED".equals(s.to())) {
            r.signedOffOn = null; // a reopened or refused completion is withdrawn
        }
        r.persist();
        refreshRecommendation(r.recommendationId);
    }

    private void actionCompleted(ActionCompletedV1 c, LocalDate day) {
        ActionRow r = action(c.actionId(), c.planId(), c.ownerAgency(), day);
        r.status = "COMPLETED";
        r.signedOffOn = c.signedOffOn() == null ? day : c.signedOffOn();
        if (r.recommendationId == null) {
            r.recommendationId = c.recommendationId();
        }
        r.persist();
        refreshRecommendation(r.recommendationId);
    }

    // ---- training ----

    private void sessionCancelled(SessionCancelledV1 s) {
        SessionCancelledRow r = find(SessionCancelledRow.class, "sessionId", s.sessionId(), () -> {
            SessionCancelledRow n = new SessionCancelledRow();
            n.sessionId = s.sessionId();
            return n;
        });
        r.courseId = s.courseId();
        r.startsOn = Today.localDate(s.startsAt()); // the day in England
        r.bookingsReleased = s.bookingsReleased();
        r.persist();
    }

    private void attendance(AttendanceRecordedV1 a, LocalDate day) {
        AttendanceRow r = find(AttendanceRow.class, "bookingId", a.bookingId(), () -> {
            AttendanceRow n = new AttendanceRow();
            n.bookingId = a.bookingId();
            n.recordedOn = day;
            return n;
        });
        r.sessionId = a.sessionId();
        r.courseId = a.courseId();
        r.agency = a.agency();
        r.attended = a.attended();
        r.persist();
    }

    private void evaluation(EvaluationSubmittedV1 e, LocalDate day) {
        EvaluationRow r = find(EvaluationRow.class, "bookingId", e.bookingId(), () -> {
            EvaluationRow n = new EvaluationRow();
            n.bookingId = e.bookingId();
            n.submittedOn = day;
            return n;
        });
        r.courseId = e.courseId();
        r.agency = e.agency();
        r.confidenceBefore = e.confidenceBefore();
        r.confidenceAfter = e.confidenceAfter();
        r.outcomesMet = e.outcomesMet();
        r.persist();
        themes(ReadModel.COURSE, e.courseId(), e.themes(), day);
    }

    private void impact(ImpactFollowUpAnsweredV1 i, LocalDate day) {
        ImpactRow r = find(ImpactRow.class, "followUpId", i.followUpId(), () -> {
            ImpactRow n = new ImpactRow();
            n.followUpId = i.followUpId();
            n.answeredOn = day;
            return n;
        });
        r.courseId = i.courseId();
        r.agency = i.agency();
        r.monthsAfter = i.monthsAfter();
        r.practiceChanged = i.practiceChanged();
        r.confidenceNow = i.confidenceNow();
        r.persist();
        themes(ReadModel.COURSE, i.courseId(), i.themes(), day);
    }

    private void briefing(BriefingPublishedV1 b, LocalDate day) {
        BriefingRow r = find(BriefingRow.class, "briefingId", b.briefingId(), () -> {
            BriefingRow n = new BriefingRow();
            n.briefingId = b.briefingId();
            n.publishedOn = day;
            return n;
        });
        r.title = b.title();
        r.kind = b.kind();
        r.persist();
        themes(ReadModel.BRIEFING, b.briefingId(), b.themes(), day);
    }

    private void cascade(BriefingCascadedV1 c) {
        CascadeRow r = find(CascadeRow.class, "cascadeId", c.cascadeId(), () -> {
            CascadeRow n = new CascadeRow();
            n.cascadeId = c.cascadeId();
            return n;
        });
        r.briefingId = c.briefingId();
        r.agency = c.agency();
        r.countReached = c.countReached();
        r.cascadedOn = c.cascadedOn();
        r.persist();
    }

    // ---- shared ----

    private void themes(String factType, String factId, List<String> themes, LocalDate day) {
        if (themes == null || factId == null) {
            return;
        }
        themes.stream().filter(t -> t != null && !t.isBlank()).map(ReadModel::theme).distinct().forEach(theme -> {
            if (ThemeRow.count("factType = ?1 and factId = ?2 and theme = ?3", factType, factId, theme) == 0) {
                ThemeRow r = new ThemeRow();
                r.factType = factType;
                r.factId = factId;
                r.theme = theme;
                r.occurredOn = day;
                r.persist();
            }
        });
    }

    /** The row with this natural key in the current partnership, or a new one (persisted by the caller once complete). */
    private <T extends PanacheEntityBase> T find(Class<T> type, String key, String value, Supplier<T> create) {
        T row = type.cast(em
                .createQuery("from " + type.getSimpleName() + " where " + key + " = ?1", type)
                .setParameter(1, value).getResultStream().findFirst().orElse(null));
        return row == null ? create.get() : row;
    }
}
