package org.lif.contracts.training;

import java.util.List;

/**
 * An impact follow-up (e.g. 3 or 6 months after a course) was answered. Scores only, no free text.
 *
 * @param monthsAfter       months after the session the follow-up was issued for
 * @param practiceChanged   1..5, how far the learning changed the attendee's practice
 * @param confidenceNow     1..5
 */
public record ImpactFollowUpAnsweredV1(String followUpId, String bookingId, String courseId, String agency, int monthsAfter,
                                       int practiceChanged, int confidenceNow, List<String> themes) {
}
