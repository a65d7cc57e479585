package org.lif.contracts.reviews;

import java.time.LocalDate;

/**
 * The partners' decision after a rapid review, final once sent to the Panel.
 *
 * @param rapidReviewId    id of the rapid review
 * @param decision         LCSPR, OTHER_LOCAL_REVIEW, NATIONAL_REVIEW or NO_FURTHER_REVIEW
 * @param decidedOn        date of the decision
 * @param followUpReviewId the review opened by the decision, if any
 * @param followUpType     its type (e.g. LCSPR, MULTI_AGENCY_CASE_REVIEW), if any
 * @param finalReportDueOn when the follow-up review's final report is expected, if any
 */
public record ReviewDecisionMadeV1(String rapidReviewId, String decision, LocalDate decidedOn, String followUpReviewId,
                                   String followUpType, LocalDate finalReportDueOn) {
}
