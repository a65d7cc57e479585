package org.lif.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.lif.contracts.training.AttendanceRecordedV1;
import org.lif.contracts.training.BriefingCascadedV1;
import org.lif.contracts.training.BriefingPublishedV1;
import org.lif.contracts.training.CoursePublishedV1;
import org.lif.contracts.training.EvaluationSubmittedV1;
import org.lif.contracts.training.ImpactFollowUpAnsweredV1;
import org.lif.contracts.training.SessionCancelledV1;
import org.lif.contracts.training.TrainingEvents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class TrainingEventContractsTest {

    static final java.time.OffsetDateTime AT = java.time.OffsetDateTime.parse("2027-05-28T23:30:00Z");

    static final Map<EventType, Object> SAMPLES = Map.of(
            TrainingEvents.COURSE_PUBLISHED, new CoursePublishedV1("c", "Neglect: recognising cumulative harm", "FACE_TO_FACE", "LEVEL_3", List.of("neglect")),
            TrainingEvents.SESSION_CANCELLED, new SessionCancelledV1("s", "c", OffsetDateTime.of(2026, 3, 4, 9, 30, 0, 0, ZoneOffset.UTC), 12),
            TrainingEvents.ATTENDANCE_RECORDED, new AttendanceRecordedV1("b", "s", "c", "bitterne-park-school", false, 5000),
            TrainingEvents.EVALUATION_SUBMITTED, new EvaluationSubmittedV1("b", "s", "c", "bitterne-park-school", 2, 4, "FULLY", List.of("neglect")),
            TrainingEvents.IMPACT_FOLLOW_UP_ANSWERED, new ImpactFollowUpAnsweredV1("f", "b", "c", "bitterne-park-school", 3, 4, 4, List.of("neglect")),
            TrainingEvents.BRIEFING_PUBLISHED, new BriefingPublishedV1("br", "7-minute briefing: Child T", "SEVEN_MINUTE_BRIEFING", "REVIEW", "r", List.of("neglect")),
            TrainingEvents.BRIEFING_CASCADED, new BriefingCascadedV1("br", "cc", "youth-options", 25, LocalDate.of(2026, 1, 12)));

    @Test
    void everyTrainingEventHasASchemaAndRoundTrips() {
        SAMPLES.forEach((type, payload) -> {
            assertTrue(EventSchemas.exists(type), "schema for " + type);
            assertEquals("lif.training.events", type.topic());
            EventEnvelope back = EventCodec.read(EventCodec.write(EventCodec.envelope(type, "/lif/training", "southampton", "s", payload, AT)));
            assertEquals(payload, EventCodec.payload(back, payload.getClass()));
        });
    }

    @Test
    void briefingWithoutSourceIsValid() {
        EventCodec.envelope(TrainingEvents.BRIEFING_PUBLISHED, "/lif/training", "southampton", "br",
                new BriefingPublishedV1("br", "Safer sleep", "PRACTICE_GUIDANCE", null, null, List.of()), AT);
    }

    @Test
    void personalDataIsRefusedBySchema() {
        ObjectNode data = EventCodec.MAPPER.valueToTree(SAMPLES.get(TrainingEvents.EVALUATION_SUBMITTED));
        data.put("email", "someone@example.org");
        data.put("comments", "free text stays in the service");
        List<String> problems = EventSchemas.problems(TrainingEvents.EVALUATION_SUBMITTED, data);
        assertTrue(problems.stream().anyMatch(p -> p.contains("email")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("comments")), problems.toString());
    }
}
