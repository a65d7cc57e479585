package org.lif.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.lif.contracts.reviews.LearningThemeIdentifiedV1;
import org.lif.contracts.reviews.NotificationRecordedV1;
import org.lif.contracts.reviews.RapidReviewCompletedV1;
import org.lif.contracts.reviews.ReviewDecisionMadeV1;
import org.lif.contracts.reviews.ReviewEvents;
import org.lif.contracts.reviews.ReviewPublishedV1;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ReviewEventContractsTest {

    static final java.time.OffsetDateTime AT = java.time.OffsetDateTime.parse("2027-05-28T23:30:00Z");

    static final LocalDate D = LocalDate.of(2025, 4, 17);

    static final Map<EventType, Object> SAMPLES = Map.of(
            ReviewEvents.NOTIFICATION_RECORDED, new NotificationRecordedV1("n", "r", D, D.plusDays(2), D.plusDays(11), false, 2, 1, 0, List.of("youth-options")),
            ReviewEvents.RAPID_REVIEW_COMPLETED, new RapidReviewCompletedV1("r", "n", D.plusDays(30), D.plusDays(28), true, "LCSPR", List.of("LOCAL_AUTHORITY", "POLICE", "HEALTH")),
            ReviewEvents.REVIEW_DECISION_MADE, new ReviewDecisionMadeV1("r", "LCSPR", D.plusDays(20), "l", "LCSPR", D.plusMonths(7)),
            ReviewEvents.REVIEW_PUBLISHED, new ReviewPublishedV1("l", "LCSPR", "LCSPR: Child T", D.plusYears(1), "https://example.org/r.pdf", D.plusYears(2), List.of("neglect")),
            ReviewEvents.LEARNING_THEME_IDENTIFIED, new LearningThemeIdentifiedV1("l", "LCSPR", "LCSPR: Child T", "neglect"));

    @Test
    void everyReviewsEventHasASchemaAndRoundTrips() {
        SAMPLES.forEach((type, payload) -> {
            assertTrue(EventSchemas.exists(type), "schema for " + type);
            assertEquals("lif.reviews.events", type.topic());
            EventEnvelope back = EventCodec.read(EventCodec.write(EventCodec.envelope(type, "/lif/reviews", "southampton", "s", payload, AT)));
            assertEquals(payload, EventCodec.payload(back, payload.getClass()));
        });
    }

    @Test
    void decisionWithoutFollowUpIsValid() {
        EventCodec.envelope(ReviewEvents.REVIEW_DECISION_MADE, "/lif/reviews", "southampton", "r",
                new ReviewDecisionMadeV1("r", "NO_FURTHER_REVIEW", D, null, null, null), AT);
    }

    @Test
    void childDataIsRefusedBySchema() {
        ObjectNode data = EventCodec.MAPPER.valueToTree(SAMPLES.get(ReviewEvents.NOTIFICATION_RECORDED));
        data.put("childName", "never");
        data.put("childCount", 5);
        List<String> problems = EventSchemas.problems(ReviewEvents.NOTIFICATION_RECORDED, data);
        assertTrue(problems.stream().anyMatch(p -> p.contains("childName")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("childCount")), problems.toString());
    }
}
