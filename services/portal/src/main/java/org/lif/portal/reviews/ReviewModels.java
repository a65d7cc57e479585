package org.lif.portal.reviews;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The reviews API's documents, as far as the portal reads or sends them. Codes stay the API's here; pages show them
 * through {@link ReviewWords}. Unknown fields are ignored, so the service can add fields freely; a part the person may
 * not see is absent (null).
 */
public final class ReviewModels {

    private ReviewModels() {
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReviewPage(List<ReviewSummary> items, int page, int size, long totalItems, int totalPages) {
        public ReviewPage {
            items = list(items);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReviewSummary(String id, String type, String status, String title, List<String> themes, Deadline nextDeadline,
                                Progress recommendations, OffsetDateTime createdAt) {
        public ReviewSummary {
            themes = list(themes);
        }
    }

    /** The next statutory deadline: workingDaysLeft is negative when overdue, null when it cannot be counted yet. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deadline(String rule, LocalDate dueOn, Integer workingDaysLeft, boolean overdue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Progress(long recommendationsIssued, long actions, long actionsCompleted, long actionsOverdue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Review(String id, String type, String status, String title, List<String> themes, List<String> agencies,
                         String audience, Deadline nextDeadline, Progress recommendations, String notificationId,
                         String originReviewId, RapidReviewPart rapidReview, CommissionedPart review,
                         PublicationPart publication, LocalDate impactEvidencedOn) {
        public Review {
            themes = list(themes);
            agencies = list(agencies);
        }

        public boolean rapid() {
            return "RAPID_REVIEW".equals(type);
        }

        public boolean lcspr() {
            return "LCSPR".equals(type);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RapidReviewPart(LocalDate dueOn, Meeting meeting, Outcome outcome, LocalDate submittedToPanelOn,
                                  PanelResponse panelResponse) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meeting(LocalDate heldOn, List<String> agencies, String notes) {
        public Meeting {
            agencies = list(agencies);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Outcome(String immediateLearning, String decision, String reasons, LocalDate decidedOn, String followUpType,
                          String followUpReviewId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PanelResponse(LocalDate receivedOn, String response, Boolean agreesWithDecision) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CommissionedPart(LocalDate decidedOn, String decisionReasons, LocalDate finalReportDueOn, Reviewer reviewer,
                                   String termsOfReference, String methodology, ReportDocument draftReport,
                                   ReportDocument finalReport, PanelNotice panelNotice) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reviewer(String username, String independenceDeclaration, LocalDate appointedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReportDocument(String title, String version, String documentUrl, LocalDate receivedOn) {
        /** Only a web address is ever a link. */
        public boolean linkable() {
            return documentUrl != null && documentUrl.matches("^https?://\\S+$");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PanelNotice(LocalDate sentOn, LocalDate plannedPublicationOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublicationPart(LocalDate publishedOn, String url, LocalDate mayComeDownOn, LocalDate notPublishedOn,
                                  String notPublishedReasons, String partnershipResponse, LocalDate partnershipResponseOn) {
        public boolean linkable() {
            return url != null && url.matches("^https?://\\S+$");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recommendation(String id, String text, List<String> targetAgencies, List<String> themes,
                                 LocalDate suggestedDueOn, boolean immediate, String status, LocalDate issuedOn,
                                 List<ActionProgress> actions) {
        public Recommendation {
            targetAgencies = list(targetAgencies);
            themes = list(themes);
            actions = list(actions);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionProgress(String actionId, String ownerAgency, String state, LocalDate dueOn, LocalDate completedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InformationRequest(String id, String agency, LocalDate requestedOn, LocalDate dueOn, String note, String status,
                                     String chronology, String summary, LocalDate submittedOn, String submittedBy, boolean late) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SignOff(String partner, String signatory, LocalDate signedOn, String comment, String recordedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Notification(String id, LocalDate becameAwareOn, LocalDate notifiedOn, LocalDate notificationDueOn, boolean late,
                               Integer lateByWorkingDays, List<ChildRecord> children, String summary,
                               List<String> agenciesInvolved, String rapidReviewId, OffsetDateTime createdAt, String createdBy) {
        public Notification {
            children = list(children);
            agenciesInvolved = list(agenciesInvolved);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChildRecord(String pseudonym, String ageBand, String harm, Boolean lookedAfter) {
    }

    /** What the portal sends to record a notification: dates as ISO text, null when left empty (the service says so). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecordNotification(String becameAwareOn, String notifiedOn, List<Child> children, String summary,
                                     List<String> agenciesInvolved) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Child(String pseudonym, String ageBand, String harm, Boolean lookedAfter) {
    }
}
