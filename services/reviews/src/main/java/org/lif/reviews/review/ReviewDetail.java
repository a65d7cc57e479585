package org.lif.reviews.review;

import org.lif.reviews.progress.ProgressSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A review as the caller may see it: parts the caller's {@link Audience} does not cover are null. Lists kept on
 * the review (information requests, sign-offs, involvement, findings, recommendations, impact events, challenges)
 * are sub-resources.
 */
public record ReviewDetail(UUID id, ReviewType type, ReviewStatus status, String title, List<String> themes,
                           List<String> agencies, Audience audience, Deadline nextDeadline,
                           ProgressSummary recommendations, UUID notificationId, UUID originReviewId,
                           RapidReviewPart rapidReview, CommissionedPart review, PublicationPart publication,
                           LocalDate impactEvidencedOn) {

    public record Meeting(LocalDate heldOn, List<String> agencies, String notes) {
    }

    public record Outcome(String immediateLearning, Decision decision, String reasons, LocalDate decidedOn,
                          ReviewType followUpType, UUID followUpReviewId) {
    }

    public record PanelResponse(LocalDate receivedOn, String response, Boolean agreesWithDecision) {
    }

    public record RapidReviewPart(LocalDate dueOn, Meeting meeting, Outcome outcome, LocalDate submittedToPanelOn,
                                  PanelResponse panelResponse) {
    }

    public record Reviewer(String username, String independenceDeclaration, LocalDate appointedOn) {
    }

    public record PanelNotice(LocalDate sentOn, LocalDate plannedPublicationOn) {
    }

    public record CommissionedPart(LocalDate decidedOn, String decisionReasons, LocalDate finalReportDueOn,
                                   Reviewer reviewer, String termsOfReference, String methodology,
                                   ReportDocument draftReport, ReportDocument finalReport, PanelNotice panelNotice) {
    }

    public record PublicationPart(LocalDate publishedOn, String url, LocalDate mayComeDownOn, LocalDate notPublishedOn,
                                  String notPublishedReasons, String partnershipResponse, LocalDate partnershipResponseOn,
                                  ReportDocument finalReport) {
    }
}
