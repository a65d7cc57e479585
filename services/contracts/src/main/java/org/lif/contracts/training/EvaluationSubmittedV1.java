package org.lif.contracts.training;

import java.util.List;

/**
 * An attendee submitted the post-course evaluation. Scores only: the free text stays in the training service.
 *
 * @param confidenceBefore 1..5
 * @param confidenceAfter  1..5
 * @param outcomesMet      FULLY, PARTLY or NOT_MET
 */
public record EvaluationSubmittedV1(String bookingId, String sessionId, String courseId, String agency,
                                    int confidenceBefore, int confidenceAfter, String outcomesMet, List<String> themes) {
}
