package org.lif.audits;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.SourceType;
import org.lif.contracts.audits.AuditCompletedV1;
import org.lif.contracts.audits.AuditEvents;
import org.lif.contracts.audits.AuditPlannedV1;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.testkit.LifTestStack;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.lif.audits.Api.*;

/** A multi-agency audit from the programme to closure, with its events. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class AuditLifecycleTest {

    @Test
    void thematicAuditFromPlanToClosure() {
        String id = startedAudit("Neglect thematic audit");
        assertTrue(event(e -> e.type().equals(AuditEvents.AUDIT_PLANNED.toString()) && e.subject().equals(id)).isPresent());

        // each agency makes its own return and sees only its own while the audit runs
        as(school()).body(returnBody("GOOD")).put(audit(id) + "/returns/mine").then().statusCode(200).body("status", is("DRAFT"));
        as(school()).post(audit(id) + "/returns/mine/submit").then().statusCode(200).body("status", is("SUBMITTED"));
        as(school()).post(audit(id) + "/returns/mine/submit").then().statusCode(409)
                .contentType("application/problem+json");
        as(charity()).body(returnBody("REQUIRES_IMPROVEMENT")).put(audit(id) + "/returns/mine").then().statusCode(200);
        as(charity()).post(audit(id) + "/returns/mine/submit").then().statusCode(200);
        as(school()).get(audit(id) + "/returns").then().statusCode(200).body("agency", contains("bitterne-park-school"));
        as(admin()).get(audit(id) + "/returns").then().statusCode(200).body("agency", containsInAnyOrder("bitterne-park-school", "youth-options"));

        // grades must be on the tool's scale, cases in the sample
        as(school()).body(Map.of("answers", List.of(Map.of("question", "Q9", "caseRef", "CASE-9999-1", "grade", "EXCELLENT")), "overallGrade", "GOOD"))
                .put(audit(id) + "/returns/mine").then().statusCode(400)
                .body("errors.field", hasItems("answers[0].question", "answers[0].grade", "answers[0].caseRef"));

        // reporting needs findings and the discussion
        as(admin()).body(Map.of("reportedOn", TODAY.toString(), "summary", "Reported to SPIG")).post(audit(id) + "/report").then().statusCode(409);
        as(admin()).body(Map.of("voiceOfChild", "Children said they were not asked what they wanted.", "consultation", "Two practitioners and one parent consulted."))
                .put(audit(id) + "/consultation").then().statusCode(200);
        as(admin()).body(Map.of("heldOn", TODAY.toString(), "notes", "Agencies discussed the grades.")).put(audit(id) + "/discussion").then().statusCode(200);
        as(admin()).body(Map.of("kind", "GOOD_PRACTICE", "text", "Children were seen alone.", "themes", List.of("voice of the child")))
                .post(audit(id) + "/findings").then().statusCode(201);
        as(admin()).body(Map.of("kind", "AREA_FOR_IMPROVEMENT", "text", "Chronologies were missing.")).post(audit(id) + "/findings").then().statusCode(201);
        String rec = as(admin()).body(Map.of("text", "Use a shared chronology template", "targetAgencies", List.of("youth-options", "bitterne-park-school")))
                .post(audit(id) + "/recommendations").then().statusCode(201).extract().path("id");
        as(admin()).body(Map.of("reportedOn", TODAY.toString(), "summary", "Reported to SPIG")).post(audit(id) + "/report").then().statusCode(200)
                .body("audit.status", is("REPORTED"));
        as(admin()).post(audit(id) + "/close").then().statusCode(200).body("audit.status", is("CLOSED"))
                .body("findings", hasSize(2)).body("recommendations[0].id", is(rec));
        as(admin()).post(audit(id) + "/close").then().statusCode(409);

        // once closed, taking part agencies see all returns
        as(school()).get(audit(id) + "/returns").then().statusCode(200).body("agency", hasSize(2));

        EventEnvelope issued = event(e -> e.type().equals(AuditEvents.RECOMMENDATION_ISSUED.toString()) && e.subject().equals(id)).orElseThrow();
        RecommendationIssuedV1 r = EventCodec.payload(issued, RecommendationIssuedV1.class);
        assertEquals(SourceType.AUDIT, r.sourceType());
        assertEquals(rec, r.recommendationId());
        assertEquals(List.of("neglect", "voice-of-the-child"), r.themes());
        assertEquals("SPIG", r.subgroup());

        EventEnvelope done = event(e -> e.type().equals(AuditEvents.AUDIT_COMPLETED.toString()) && e.subject().equals(id)).orElseThrow();
        AuditCompletedV1 c = EventCodec.payload(done, AuditCompletedV1.class);
        assertEquals(2, c.casesAudited());
        assertEquals(Map.of("GOOD", 1, "REQUIRES_IMPROVEMENT", 1), c.gradeCounts());
        assertEquals(1, c.goodPracticeFindings());
        assertEquals(1, c.improvementFindings());
        assertTrue(c.themes().contains("voice-of-the-child"));
        assertEquals(P, done.partnership());
    }

    @Test
    void replanPublishesTheNewPlanAndTheProgrammeShowsDoneAgainstPlan() {
        int year = 2031;
        String id = as(admin()).body(plan("Exploitation audit", "MULTI_AGENCY_CASE", year)).post(audits()).then().statusCode(201).extract().path("audit.id");
        Map<String, Object> replan = plan("Exploitation audit (moved)", "MULTI_AGENCY_CASE", year);
        replan.remove("type");
        replan.remove("programmeYear");
        replan.put("plannedEnd", TODAY.plusMonths(6).toString());
        as(admin()).body(replan).put(audit(id) + "/plan").then().statusCode(200).body("audit.title", is("Exploitation audit (moved)"));
        EventEnvelope e = event(x -> x.type().equals(AuditEvents.AUDIT_PLANNED.toString()) && x.subject().equals(id)
                && EventCodec.payload(x, AuditPlannedV1.class).title().endsWith("(moved)")).orElseThrow();
        assertEquals(TODAY.plusMonths(6), EventCodec.payload(e, AuditPlannedV1.class).plannedEnd());

        String cancelled = as(admin()).body(plan("Cancelled audit", "MULTI_AGENCY_THEMATIC", year)).post(audits()).then().statusCode(201).extract().path("audit.id");
        as(admin()).body(Map.of("reason", "Covered by the JTAI")).post(audit(cancelled) + "/cancel").then().statusCode(200);
        as(admin()).body(Map.of("reason", "again")).post(audit(cancelled) + "/cancel").then().statusCode(409);
        as(admin()).get(audits() + "/programme?year=" + year).then().statusCode(200)
                .body("planned", is(2)).body("byStatus.PLANNED", is(1)).body("byStatus.CANCELLED", is(1)).body("completed", is(0));
    }

    @Test
    void planValidation() {
        Map<String, Object> body = plan("Bad dates", "MULTI_AGENCY_THEMATIC", 2026);
        body.put("plannedEnd", TODAY.minusDays(1).toString());
        as(admin()).body(body).post(audits()).then().statusCode(400).body("errors.field", hasItem("plannedEnd"));
        as(admin()).body(plan("Single without agency", "SINGLE_AGENCY", 2026)).post(audits()).then().statusCode(400).body("errors.field", hasItem("ownerAgency"));
        String id = as(admin()).body(plan("Sample with a name", "MULTI_AGENCY_CASE", 2026)).post(audits()).then().statusCode(201).extract().path("audit.id");
        as(admin()).body(Map.of("toolId", tool(), "agencies", List.of("youth-options"), "caseSample", List.of("John Smith"), "returnsDueOn", TODAY.toString()))
                .post(audit(id) + "/start").then().statusCode(400).body("errors[0].field", containsString("caseSample"));
    }

    @Test
    void singleAgencyAuditRequestedAndShared() {
        Map<String, Object> body = plan("Youth Options supervision audit", "SINGLE_AGENCY", 2026);
        body.put("ownerAgency", "youth-options");
        String id = as(admin()).body(body).post(audits()).then().statusCode(201).body("audit.status", is("REQUESTED")).extract().path("audit.id");
        as(school()).get(audit(id)).then().statusCode(404);
        Map<String, Object> share = Map.of("summary", "12 supervision records audited.", "outcomes", "Supervision monthly in 10 of 12.", "casesAudited", 12);
        as(school()).body(share).post(audit(id) + "/share").then().statusCode(404);
        as(charity()).body(share).post(audit(id) + "/share").then().statusCode(200).body("audit.status", is("CLOSED"));
        as(charity()).body(share).post(audit(id) + "/share").then().statusCode(409);
        AuditCompletedV1 c = EventCodec.payload(event(e -> e.type().equals(AuditEvents.AUDIT_COMPLETED.toString()) && e.subject().equals(id)).orElseThrow(), AuditCompletedV1.class);
        assertEquals(12, c.casesAudited());
        assertEquals(List.of("youth-options"), c.agencies());

        String own = as(school()).body(Map.of("title", "School attendance audit", "programmeYear", 2026, "share", share))
                .post(audits() + "/single-agency").then().statusCode(201).body("audit.ownerAgency", is("bitterne-park-school")).extract().path("audit.id");
        as(charity()).get(audit(own)).then().statusCode(404);
        as(chair()).get(audit(own)).then().statusCode(200);
    }
}
