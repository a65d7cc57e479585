package org.lif.reviews.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lif.reviews.progress.Progress;

import static org.lif.reviews.review.ReviewDetail.*;

/** Turns reviews into what callers see, trimmed to their audience. */
@ApplicationScoped
public class ReviewViews {

    @Inject
    Deadlines deadlines;
    @Inject
    Progress progress;
    @Inject
    ReviewAccess access;

    public ReviewSummary summary(Review r) {
        return new ReviewSummary(r.id, r.type, r.status, r.title, r.themes, deadlines.of(r), progress.ofReview(r.id), r.createdAt);
    }

    public ReviewDetail detail(Review r) {
        Audience audience = access.audience(r);
        boolean full = audience == Audience.FULL;
        RapidReviewPart rapid = full && r.type == ReviewType.RAPID_REVIEW ? new RapidReviewPart(r.dueOn,
                r.meetingHeldOn == null ? null : new Meeting(r.meetingHeldOn, r.meetingAgencies, r.meetingNotes),
                r.decision == null ? null : new Outcome(r.immediateLearning, r.decision, r.decisionReasons, r.decidedOn,
                        r.followUpType, r.followUpReviewId),
                r.submittedToPanelOn,
                r.panelResponseOn == null ? null : new PanelResponse(r.panelResponseOn, r.panelResponse, r.panelAgrees)) : null;
        CommissionedPart commissioned = full && r.type.commissioned() ? new CommissionedPart(r.decidedOn, r.decisionReasons,
                r.finalReportDueOn,
                r.reviewerUsername == null ? null : new Reviewer(r.reviewerUsername, r.independenceDeclaration, r.reviewerAppointedOn),
                r.termsOfReference, r.methodology, r.draftReport, r.finalReport,
                r.panelNotifiedOn == null ? null : new PanelNotice(r.panelNotifiedOn, r.plannedPublicationOn)) : null;
        boolean showPublication = r.status.concluded() && (full || r.status == ReviewStatus.PUBLISHED);
        PublicationPart publication = showPublication ? new PublicationPart(r.publishedOn, r.publicationUrl, r.mayComeDownOn,
                full ? r.notPublishedOn : null, full ? r.notPublishedReasons : null, r.partnershipResponse,
                r.partnershipResponseOn, r.finalReport) : null;
        return new ReviewDetail(r.id, r.type, r.status, r.title, r.themes, full ? r.agencies : null, audience,
                full || audience == Audience.CONTRIBUTOR ? deadlines.of(r) : null, progress.ofReview(r.id),
                full ? r.notificationId : null, full ? r.originReviewId : null, rapid, commissioned, publication,
                r.impactEvidencedOn);
    }
}
