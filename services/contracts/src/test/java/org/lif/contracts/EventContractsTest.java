package org.lif.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.lif.contracts.actionplans.ActionCompletedV1;
import org.lif.contracts.actionplans.ActionCreatedV1;
import org.lif.contracts.actionplans.ActionDueDateChangedV1;
import org.lif.contracts.actionplans.ActionOverdueV1;
import org.lif.contracts.actionplans.ActionPlanClosedV1;
import org.lif.contracts.actionplans.ActionPlanCreatedV1;
import org.lif.contracts.actionplans.ActionPlanEvents;
import org.lif.contracts.actionplans.ActionStatusChangedV1;
import org.lif.contracts.recommendations.RecommendationIssuedV1;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class EventContractsTest {

    static final java.time.OffsetDateTime AT = java.time.OffsetDateTime.parse("2027-05-28T23:30:00Z");

    static final RecommendationIssuedV1 RECOMMENDATION = new RecommendationIssuedV1("rec-1", SourceType.REVIEW, "review-1",
            "LCSPR Child T", "Use the neglect toolkit", List.of("youth-options"), List.of("neglect"), LocalDate.of(2027, 3, 1), "SILG");

    @Test
    void everyEventTypeHasASchemaAndItsRecordIsValid() {
        Map<EventType, Object> samples = Map.of(
                ActionPlanEvents.PLAN_CREATED, new ActionPlanCreatedV1("p", "Plan", SourceType.AUDIT, "a-1", "MULTI_AGENCY", "SPIG", List.of("neglect")),
                ActionPlanEvents.PLAN_CLOSED, new ActionPlanClosedV1("p", 3, 2),
                ActionPlanEvents.ACTION_CREATED, new ActionCreatedV1("a", "p", "youth-options", LocalDate.of(2027, 1, 4), SourceType.REVIEW, "r", null),
                ActionPlanEvents.ACTION_STATUS_CHANGED, new ActionStatusChangedV1("a", "p", "youth-options", "NOT_STARTED", "IN_PROGRESS"),
                ActionPlanEvents.ACTION_DUE_DATE_CHANGED, new ActionDueDateChangedV1("a", "p", "youth-options", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 1)),
                ActionPlanEvents.ACTION_COMPLETED, new ActionCompletedV1("a", "p", "youth-options", SourceType.REVIEW, "r", "rec-1", LocalDate.of(2027, 1, 4)),
                ActionPlanEvents.ACTION_OVERDUE, new ActionOverdueV1("a", "p", "youth-options", LocalDate.of(2027, 1, 4), "SILG", SourceType.REVIEW, "r", null),
                RecommendationIssuedV1.fromReviews(), RECOMMENDATION,
                RecommendationIssuedV1.fromAudits(), RECOMMENDATION);
        samples.forEach((type, payload) -> {
            assertTrue(EventSchemas.exists(type), "schema for " + type);
            EventEnvelope envelope = EventCodec.envelope(type, "/lif/test", "southampton", "subject-1", payload, AT);
            EventEnvelope back = EventCodec.read(EventCodec.write(envelope));
            assertEquals(type.toString(), back.type());
            assertEquals("southampton", back.partnership());
            assertEquals(type.topic(), Topics.eventsOf(type.service()));
        });
    }

    @Test
    void recommendationRoundTripsToItsRecord() {
        EventEnvelope envelope = EventCodec.envelope(RecommendationIssuedV1.fromReviews(), "/lif/reviews", "southampton", "rec-1", RECOMMENDATION, AT);
        assertEquals(RECOMMENDATION, EventCodec.payload(EventCodec.read(EventCodec.write(envelope)), RecommendationIssuedV1.class));
    }

    @Test
    void schemaViolationsAreNamed() {
        ObjectNode data = EventCodec.MAPPER.valueToTree(RECOMMENDATION);
        data.putArray("targetAgencies");
        data.put("sourceType", "GOSSIP");
        data.put("childName", "must never travel");
        List<String> problems = EventSchemas.problems(RecommendationIssuedV1.fromReviews(), data);
        assertTrue(problems.stream().anyMatch(p -> p.contains("targetAgencies")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("sourceType")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("childName")), problems.toString());
        assertThrows(InvalidEventException.class, () -> EventCodec.envelope(RecommendationIssuedV1.fromReviews(), "/x", "p", "s",
                new RecommendationIssuedV1("r", SourceType.REVIEW, "s", "t", "", List.of(), List.of(), null, null), AT));
    }

    @Test
    void malformedEnvelopesAreInvalidEvents() {
        assertThrows(InvalidEventException.class, () -> EventCodec.read("{oops"));
        assertThrows(InvalidEventException.class, () -> EventCodec.read("{\"specversion\":\"1.0\",\"type\":\"lif.reviews.RecommendationIssued.v1\"}"));
        assertThrows(InvalidEventException.class, () -> EventCodec.read(
                "{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"lif.reviews.RecommendationIssued.v1\"}"), "partnership is required");
        assertThrows(InvalidEventException.class, () -> EventCodec.read(
                "{\"specversion\":\"0.3\",\"id\":\"1\",\"partnership\":\"p\",\"type\":\"lif.reviews.RecommendationIssued.v1\"}"));
        assertThrows(InvalidEventException.class, () -> EventCodec.read(
                "{\"specversion\":\"1.0\",\"id\":\"1\",\"partnership\":\"p\",\"type\":\"com.example.Thing\"}"));
    }

    @Test
    void eventTypeNamesFollowTheConvention() {
        EventType type = EventType.parse("lif.action-plans.ActionOverdue.v1");
        assertEquals("action-plans", type.service());
        assertEquals("ActionOverdue", type.name());
        assertEquals(1, type.version());
        assertEquals("lif.action-plans.events", type.topic());
        assertEquals("lif.action-plans.events.dlq", Topics.deadLetterOf(type.topic()));
        assertThrows(IllegalArgumentException.class, () -> EventType.parse("lif.reviews.recommendationIssued"));
    }
}
