package org.lif.contracts.training;

import java.util.List;

/**
 * A learning briefing (e.g. a 7-minute briefing) was published to the partnership's agencies.
 *
 * @param kind       SEVEN_MINUTE_BRIEFING, LEARNING_EVENT, WORKSHOP, PRACTICE_GUIDANCE
 * @param sourceType REVIEW, AUDIT, ... (null when the briefing has no single source)
 * @param sourceId   id of the review or audit in its service
 */
public record BriefingPublishedV1(String briefingId, String title, String kind, String sourceType, String sourceId,
                                  List<String> themes) {
}
