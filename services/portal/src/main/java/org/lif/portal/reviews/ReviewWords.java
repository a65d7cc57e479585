package org.lif.portal.reviews;

import io.quarkus.qute.TemplateExtension;

import java.util.Map;

import static org.lif.portal.web.Words.ordered;

/**
 * The words pages use for the reviews API's codes: a person never sees {@code RAPID_REVIEW}, {@code SERIOUS_HARM} or
 * {@code rapid-review}. Used in templates as {@code {review.type.reviewTypeWords}}, {@code {deadline.left}} and so on
 * (Qute template extensions). The names follow docs/reviews.md and Working Together to Safeguard Children.
 */
@TemplateExtension
public final class ReviewWords {

    /** In the order the filter offers them. */
    static final Map<String, String> TYPE = ordered(
            "RAPID_REVIEW", "Rapid review",
            "LCSPR", "Local child safeguarding practice review",
            "MULTI_AGENCY_CASE_REVIEW", "Multi-agency case review",
            "INDIVIDUAL_AGENCY_REVIEW", "Individual agency review",
            "CHILD_DEATH_REVIEW_LEARNING", "Learning from a child death review",
            "NATIONAL_REVIEW", "National review");
    /** In the order of a review's life. */
    static final Map<String, String> STATUS = ordered(
            "INFORMATION_GATHERING", "Gathering information",
            "MEETING_HELD", "Rapid review meeting held",
            "DECIDED", "Decided, waiting for the partners' sign-off",
            "SUBMITTED_TO_PANEL", "Sent to the national Panel",
            "PANEL_RESPONDED", "The Panel has responded",
            "COMMISSIONED", "Commissioned",
            "IN_PROGRESS", "In progress",
            "DRAFT_REPORT", "Draft report received",
            "FINAL_REPORT", "Final report received",
            "SENT_TO_PANEL", "Report sent to the Panel and the Secretary of State",
            "PUBLISHED", "Published",
            "NOT_PUBLISHED", "Not published");
    static final Map<String, String> DEADLINE = Map.of(
            "rapid-review", "Rapid review to the national Panel",
            "final-report", "Final report",
            "planned-publication", "Planned publication",
            "evidencing-impact", "Evidencing impact on practice");
    static final Map<String, String> DECISION = Map.of(
            "LCSPR", "A local child safeguarding practice review",
            "OTHER_LOCAL_REVIEW", "Another local review",
            "NATIONAL_REVIEW", "A national review by the Panel",
            "NO_FURTHER_REVIEW", "No further review");
    static final Map<String, String> HARM = ordered(
            "DEATH", "Died",
            "SERIOUS_HARM", "Seriously harmed");
    static final Map<String, String> AGE_BAND = ordered(
            "UNDER_ONE", "Under 1 year old",
            "ONE_TO_FOUR", "1 to 4 years old",
            "FIVE_TO_NINE", "5 to 9 years old",
            "TEN_TO_FOURTEEN", "10 to 14 years old",
            "FIFTEEN_TO_SEVENTEEN", "15 to 17 years old");
    /** The three safeguarding partners, in the order of Working Together. */
    static final Map<String, String> PARTNER = ordered(
            "LOCAL_AUTHORITY", "Local authority",
            "POLICE", "Police",
            "HEALTH", "Health (integrated care board)");
    private static final Map<String, String> REQUEST_STATUS = Map.of(
            "REQUESTED", "Waiting for the agency",
            "SUBMITTED", "Submitted");
    private static final Map<String, String> ACTION_STATE = Map.of(
            "OPEN", "Open",
            "OVERDUE", "Overdue",
            "COMPLETED", "Completed and signed off");
    private static final Map<String, String> ACTION_STATE_TAG = Map.of(
            "OPEN", "govuk-tag--blue",
            "OVERDUE", "govuk-tag--red",
            "COMPLETED", "govuk-tag--green");
    private static final Map<String, String> RECOMMENDATION_STATUS = Map.of(
            "DRAFT", "Draft",
            "ISSUED", "Issued");

    private ReviewWords() {
    }

    static String reviewTypeWords(String type) {
        return TYPE.getOrDefault(type, "Review");
    }

    static String reviewStatusWords(String status) {
        return STATUS.getOrDefault(status, "Unknown");
    }

    static String deadlineWords(String rule) {
        return DEADLINE.getOrDefault(rule, "Statutory deadline");
    }

    static String decisionWords(String decision) {
        return DECISION.getOrDefault(decision, "Not decided yet");
    }

    static String harmWords(String harm) {
        return HARM.getOrDefault(harm, "");
    }

    static String ageBandWords(String ageBand) {
        return AGE_BAND.getOrDefault(ageBand, "");
    }

    static String partnerWords(String partner) {
        return PARTNER.getOrDefault(partner, "Safeguarding partner");
    }

    static String requestStatusWords(String status) {
        return REQUEST_STATUS.getOrDefault(status, "Unknown");
    }

    static String actionStateWords(String state) {
        return ACTION_STATE.getOrDefault(state, "Unknown");
    }

    static String actionStateTag(String state) {
        return ACTION_STATE_TAG.getOrDefault(state, "govuk-tag--grey");
    }

    static String recommendationStatusWords(String status) {
        return RECOMMENDATION_STATUS.getOrDefault(status, "Draft");
    }

    /** How long is left on a deadline: "3 working days left", "Due today", "Overdue by 2 working days". */
    static String left(ReviewModels.Deadline deadline) {
        if (deadline == null) {
            return "";
        }
        Integer days = deadline.workingDaysLeft();
        if (days == null) {
            return deadline.overdue() ? "Overdue" : "";
        }
        if (days < 0 || deadline.overdue()) {
            int late = Math.abs(days);
            return late == 0 ? "Overdue" : "Overdue by " + workingDays(late);
        }
        return days == 0 ? "Due today" : workingDays(days) + " left";
    }

    /** "1 working day", "5 working days". */
    static String workingDays(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }

    static String yesNo(Boolean value) {
        return value == null ? "" : value ? "Yes" : "No";
    }
}
