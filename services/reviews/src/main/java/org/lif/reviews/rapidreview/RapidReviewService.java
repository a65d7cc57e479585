package org.lif.reviews.rapidreview;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.contracts.reviews.RapidReviewCompletedV1;
import org.lif.contracts.reviews.ReviewDecisionMadeV1;
import org.lif.contracts.reviews.ReviewEvents;
import org.lif.platform.calendar.ClockRules;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;
import org.lif.reviews.contribution.ContributionService;
import org.lif.reviews.recommendation.RecommendationService;
import org.lif.reviews.review.Clocks;
import org.lif.reviews.review.Decision;
import org.lif.reviews.review.Review;
import org.lif.reviews.review.ReviewAccess;
import org.lif.reviews.review.ReviewChanges;
import org.lif.reviews.review.ReviewService;
import org.lif.reviews.review.ReviewStatus;
import org.lif.reviews.review.ReviewType;
import org.lif.reviews.review.Themes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.lif.reviews.review.ReviewStatus.*;

/**
 * A rapid review from notification to the Panel's response: information gathering, the meeting, the outcome and
 * decision, the three partners' sign-off, submission to the Panel (which opens the decided review) and the response.
 */
@ApplicationScoped
public class RapidReviewService {

    static final Set<ReviewType> OTHER_LOCAL = EnumSet.of(ReviewType.MULTI_AGENCY_CASE_REVIEW,
            ReviewType.INDIVIDUAL_AGENCY_REVIEW, ReviewType.CHILD_DEATH_REVIEW_LEARNING);

    @Inject
    PartnershipContext context;
    @Inject
    Today today;
    @Inject
    Clocks clocks;
    @Inject
    ReviewAccess access;
    @Inject
    ReviewChanges changes;
    @Inject
    ReviewService reviews;
    @Inject
    ContributionService contributions;
    @Inject
    RecommendationService recommendations;
    @Inject
    Themes themes;
    @Inject
    Outbox outbox;

    /** Opens the rapid review of a notification, asking every agency involved for information. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Review open(UUID notificationId, String title, LocalDate notifiedOn, List<String> agencies) {
        Review r = new Review();
        r.id = UUID.randomUUID();
        r.type = ReviewType.RAPID_REVIEW;
        r.status = INFORMATION_GATHERING;
        r.title = title;
        r.notificationId = notificationId;
        r.dueOn = clocks.due(ClockRules.RAPID_REVIEW, notifiedOn, "notifiedOn");
        r.agencies = new ArrayList<>(agencies);
        r.createdAt = today.now();
        r.updatedAt = r.createdAt;
        r.createdBy = context.actor();
        r.persist();
        LocalDate requestDue = clocks.due(ClockRules.RAPID_REVIEW_INFORMATION_REQUEST, notifiedOn, "notifiedOn");
        for (String agency : agencies) {
            contributions.create(r, agency, notifiedOn, requestDue, "Chronology and summary of your involvement for the rapid review");
        }
        changes.changed(r, "OPENED", null, "rapid review due " + r.dueOn);
        return r;
    }

    @Transactional
    public Review recordMeeting(UUID id, RapidReviewRequests.RecordMeeting request) {
        Review r = rapid(id, "record the rapid review meeting");
        ReviewChanges.require(r, "record the meeting", INFORMATION_GATHERING);
        r.meetingHeldOn = request.heldOn();
        r.meetingAgencies = request.agencies() == null ? new ArrayList<>() : new ArrayList<>(request.agencies().stream().distinct().toList());
        r.meetingNotes = request.notes();
        r.status = MEETING_HELD;
        changes.changed(r, "MEETING_RECORDED", INFORMATION_GATHERING, "held " + r.meetingHeldOn);
        return r;
    }

    @Transactional
    public Review recordOutcome(UUID id, RapidReviewRequests.RecordOutcome request) {
        Review r = rapid(id, "record an outcome");
        ReviewChanges.require(r, "record the outcome (hold the meeting first)", MEETING_HELD);
        if (request.decision() == Decision.OTHER_LOCAL_REVIEW && !OTHER_LOCAL.contains(request.followUpType())) {
            throw Problems.invalid("followUpType", "is required for OTHER_LOCAL_REVIEW: one of " + OTHER_LOCAL);
        }
        if (request.decision() != Decision.OTHER_LOCAL_REVIEW && request.followUpType() != null) {
            throw Problems.invalid("followUpType", "is only given with decision OTHER_LOCAL_REVIEW");
        }
        if (r.meetingHeldOn != null && request.decidedOn().isBefore(r.meetingHeldOn)) {
            throw Problems.invalid("decidedOn", "must not be before the meeting (" + r.meetingHeldOn + ")");
        }
        r.immediateLearning = request.immediateLearning();
        r.decision = request.decision();
        r.decisionReasons = request.reasons();
        r.decidedOn = request.decidedOn();
        r.followUpType = switch (request.decision()) {
            case LCSPR -> ReviewType.LCSPR;
            case OTHER_LOCAL_REVIEW -> request.followUpType();
            case NATIONAL_REVIEW -> ReviewType.NATIONAL_REVIEW;
            case NO_FURTHER_REVIEW -> null;
        };
        themes.identify(r, request.themes());
        r.status = DECIDED;
        if (request.immediateActions() != null) {
            request.immediateActions().forEach(action -> recommendations.issueImmediate(r, action));
        }
        changes.changed(r, "OUTCOME_RECORDED", MEETING_HELD, r.decision + ": " + r.decisionReasons);
        return r;
    }

    @Transactional
    public PartnerSignOff signOff(UUID id, RapidReviewRequests.SignOff request) {
        Review r = rapid(id, "sign off");
        ReviewChanges.require(r, "sign off (record the outcome first)", DECIDED);
        if (PartnerSignOff.count("reviewId = ?1 and partner = ?2", r.id, request.partner()) > 0) {
            throw Problems.conflict("The " + request.partner() + " partner has already signed off this rapid review.");
        }
        PartnerSignOff s = new PartnerSignOff();
        s.id = UUID.randomUUID();
        s.reviewId = r.id;
        s.partner = request.partner();
        s.signatory = request.signatory();
        s.signedOn = request.signedOn();
        s.comment = request.comment();
        s.recordedBy = context.actor();
        s.recordedAt = today.now();
        s.persist();
        changes.changed(r, "SIGNED_OFF_" + s.partner, r.status, s.signatory + " on " + s.signedOn);
        return s;
    }

    public List<PartnerSignOff> signOffs(UUID id) {
        Review r = access.fullyVisible(id);
        return PartnerSignOff.list("reviewId", Sort.by("signedOn").and("partner"), r.id);
    }

    @Transactional
    public Review submitToPanel(UUID id, RapidReviewRequests.SubmitToPanel request) {
        Review r = rapid(id, "submit to the Panel");
        ReviewChanges.require(r, "submit to the Panel (record the outcome first)", DECIDED);
        List<PartnerSignOff> signed = PartnerSignOff.list("reviewId", Sort.by("partner"), r.id);
        EnumSet<PartnerType> missing = EnumSet.allOf(PartnerType.class);
        signed.forEach(s -> missing.remove(s.partner));
        if (!missing.isEmpty()) {
            throw Problems.conflict("All three safeguarding partners must sign off before the rapid review goes to the Panel; missing: " + missing + ".");
        }
        if (request.submittedOn().isBefore(r.decidedOn)) {
            throw Problems.invalid("submittedOn", "must not be before the decision (" + r.decidedOn + ")");
        }
        r.submittedToPanelOn = request.submittedOn();
        r.status = SUBMITTED_TO_PANEL;
        Review followUp = null;
        if (r.followUpType != null) {
            String children = r.title.startsWith("Rapid review: ") ? r.title.substring("Rapid review: ".length()) : r.title;
            followUp = reviews.openFollowUp(r, r.followUpType, prefix(r.followUpType) + ": " + children);
            r.followUpReviewId = followUp.id;
        }
        changes.changed(r, "SUBMITTED_TO_PANEL", DECIDED, "submitted " + r.submittedToPanelOn + (followUp == null ? "" : ", opened " + followUp.id));
        outbox.publish(ReviewEvents.RAPID_REVIEW_COMPLETED, r.partnershipId, r.id.toString(), new RapidReviewCompletedV1(
                r.id.toString(), r.notificationId.toString(), r.dueOn, r.submittedToPanelOn, !r.submittedToPanelOn.isAfter(r.dueOn),
                r.decision.name(), signed.stream().map(s -> s.partner.name()).toList()));
        outbox.publish(ReviewEvents.REVIEW_DECISION_MADE, r.partnershipId, r.id.toString(), new ReviewDecisionMadeV1(
                r.id.toString(), r.decision.name(), r.decidedOn, followUp == null ? null : followUp.id.toString(),
                followUp == null ? null : followUp.type.name(), followUp == null ? null : followUp.finalReportDueOn));
        return r;
    }

    @Transactional
    public Review recordPanelResponse(UUID id, RapidReviewRequests.PanelResponse request) {
        Review r = rapid(id, "record the Panel's response");
        ReviewChanges.require(r, "record the Panel's response (submit to the Panel first)", SUBMITTED_TO_PANEL);
        if (request.receivedOn().isBefore(r.submittedToPanelOn)) {
            throw Problems.invalid("receivedOn", "must not be before the submission (" + r.submittedToPanelOn + ")");
        }
        r.panelResponseOn = request.receivedOn();
        r.panelResponse = request.response();
        r.panelAgrees = request.agreesWithDecision();
        r.status = PANEL_RESPONDED;
        changes.changed(r, "PANEL_RESPONDED", SUBMITTED_TO_PANEL, r.panelAgrees ? "agrees with the decision" : "does not agree with the decision");
        return r;
    }

    private Review rapid(UUID id, String what) {
        Review r = access.partnershipManaged(id);
        ReviewChanges.requireType(r, what, r.type == ReviewType.RAPID_REVIEW, "a rapid review");
        return r;
    }

    static String prefix(ReviewType type) {
        return switch (type) {
            case LCSPR -> "LCSPR";
            case MULTI_AGENCY_CASE_REVIEW -> "Multi-agency case review";
            case INDIVIDUAL_AGENCY_REVIEW -> "Individual agency review";
            case CHILD_DEATH_REVIEW_LEARNING -> "Child death review learning";
            case NATIONAL_REVIEW -> "National review";
            case RAPID_REVIEW -> "Rapid review";
        };
    }
}
