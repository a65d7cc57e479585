package org.lif.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.lif.contracts.audits.AuditCompletedV1;
import org.lif.contracts.audits.AuditEvents;
import org.lif.contracts.audits.AuditPlannedV1;
import org.lif.contracts.audits.SchoolsReturnSubmittedV1;
import org.lif.contracts.audits.Section11EvaluationAgreedV1;
import org.lif.contracts.audits.Section11EvaluationAgreedV1.StandardRating;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class AuditEventContractsTest {

    static final java.time.OffsetDateTime AT = java.time.OffsetDateTime.parse("2027-05-28T23:30:00Z");

    static final LocalDate D = LocalDate.of(2026, 3, 2);
    static final Map<EventType, Object> SAMPLES = Map.of(
            AuditEvents.AUDIT_PLANNED, new AuditPlannedV1("a", "Neglect thematic audit", "MULTI_AGENCY_THEMATIC", 2026,
                    List.of("neglect"), "Quality Assurance", D, D.plusMonths(2)),
            AuditEvents.AUDIT_COMPLETED, new AuditCompletedV1("a", "Neglect thematic audit", "MULTI_AGENCY_THEMATIC", 2026,
                    List.of("neglect"), D.plusMonths(2), D.plusMonths(3), List.of("southampton-city-council", "hampshire-constabulary"),
                    6, Map.of("GOOD", 3, "REQUIRES_IMPROVEMENT", 2), 2, 3),
            AuditEvents.SECTION11_EVALUATION_AGREED, new Section11EvaluationAgreedV1("c", "Section 11 2025-27", 2025,
                    "youth-options", D, "PARTIALLY_COMPLIANT",
                    List.of(new StandardRating("S1", "Senior management commitment", "GREEN", "AMBER"),
                            new StandardRating("S2", "Clear line of accountability", null, "GREEN"))),
            AuditEvents.SCHOOLS_RETURN_SUBMITTED, new SchoolsReturnSubmittedV1("w", "2025-26", "bitterne-park-school", D,
                    D.plusDays(10), true, Map.of("GREEN", 10, "AMBER", 2, "RED", 0)));

    @Test
    void everyAuditEventHasASchemaAndRoundTrips() {
        SAMPLES.forEach((type, payload) -> {
            assertTrue(EventSchemas.exists(type), "schema for " + type);
            assertEquals("lif.audits.events", type.topic());
            EventEnvelope back = EventCodec.read(EventCodec.write(EventCodec.envelope(type, "/lif/audits", "southampton", "a", payload, AT)));
            assertEquals(payload, EventCodec.payload(back, payload.getClass()));
        });
        assertTrue(EventSchemas.exists(AuditEvents.RECOMMENDATION_ISSUED));
    }

    @Test
    void narrativeAndUnknownRatingsAreRefusedBySchema() {
        ObjectNode data = EventCodec.MAPPER.valueToTree(SAMPLES.get(AuditEvents.SECTION11_EVALUATION_AGREED));
        data.put("narrative", "free text stays in the service");
        ((ObjectNode) data.withArray("ratings").get(0)).put("moderatedRating", "PURPLE");
        List<String> problems = EventSchemas.problems(AuditEvents.SECTION11_EVALUATION_AGREED, data);
        assertTrue(problems.stream().anyMatch(p -> p.contains("narrative")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("moderatedRating")), problems.toString());
    }

    @Test
    void countsMustBeNonNegativeWholeNumbersPerUpperCaseKey() {
        ObjectNode data = EventCodec.MAPPER.valueToTree(SAMPLES.get(AuditEvents.SCHOOLS_RETURN_SUBMITTED));
        data.putObject("ragCounts").put("GREEN", -1).put("child name", 1);
        assertEquals(2, EventSchemas.problems(AuditEvents.SCHOOLS_RETURN_SUBMITTED, data).size(),
                EventSchemas.problems(AuditEvents.SCHOOLS_RETURN_SUBMITTED, data).toString());
    }
}
