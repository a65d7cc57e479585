package org.lif.audits;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.SourceType;
import org.lif.contracts.audits.AuditEvents;
import org.lif.contracts.audits.Section11EvaluationAgreedV1;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.lif.audits.Api.*;

/** Section 11: opening a cycle, self-assessment, panel evaluation, year-2 tracking, carry-forward and share-to-many. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class Section11Test {

    static final List<String> CODES = List.of("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8");

    static String cycles(String partnership) {
        return base(partnership) + "/section11/cycles";
    }

    static String openCycle(String partnership, String token, int startYear, List<String> agencies) {
        return openCycle(partnership, token, startYear, agencies, null);
    }

    /** @param previousCycleId the cycle answers carry forward from; null: the partnership's latest */
    static String openCycle(String partnership, String token, int startYear, List<String> agencies, String previousCycleId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "Section 11 " + startYear + "-" + (startYear + 2) + " " + UUID.randomUUID(),
                "startYear", startYear, "agencies", agencies, "submissionsDueOn", TODAY.plusMonths(2).toString()));
        if (previousCycleId != null) {
            body.put("previousCycleId", previousCycleId);
        }
        return as(token).body(body)
                .post(cycles(partnership)).then().statusCode(201).body("standards", hasSize(8)).body("lengthYears", is(2))
                .extract().path("id");
    }

    static Map<String, Object> answers(String rag) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String code : CODES) {
            list.add(Map.of("standard", code, "rag", rag, "narrative", "Narrative for " + code,
                    "evidence", List.of(Map.of("description", "Board minutes", "dated", TODAY.minusMonths(1).toString()))));
        }
        return Map.of("answers", list);
    }

    static List<Map<String, Object>> moderation(String rating) {
        return CODES.stream().map(c -> Map.<String, Object>of("standard", c, "rating", rating)).toList();
    }

    static void submit(String partnership, String token, String cycle, String rag) {
        String mine = cycles(partnership) + "/" + cycle + "/assessments/mine";
        as(token).post(mine).then().statusCode(201);
        as(token).body(answers(rag)).put(mine).then().statusCode(200).body("assessmentStatus", is("DRAFT"));
        as(token).post(mine + "/submit").then().statusCode(200).body("assessmentStatus", is("SUBMITTED"));
    }

    @Test
    void cycleFromOpeningToPanelOutcomeAndYearTwoTracking() {
        // after a cycle the charity was not in, so that nothing is carried forward to it whatever ran before (other
        // tests, the demo data): the partnership's latest cycle would otherwise be the previous one
        String baseline = openCycle(P, admin(), 2024, List.of("bitterne-park-school"));
        String cycle = openCycle(P, admin(), 2025, List.of("youth-options", "bitterne-park-school"), baseline);
        String mine = cycles(P) + "/" + cycle + "/assessments/mine";
        as(charity()).post(mine).then().statusCode(201).body("evaluationStatus", is("DRAFT"));
        as(charity()).post(mine).then().statusCode(409);
        // drafts: partial answers are fine; submitting needs every standard
        as(charity()).body(Map.of("answers", List.of(Map.of("standard", "S1", "rag", "GREEN", "narrative", "Board lead named")))).put(mine).then().statusCode(200);
        as(charity()).post(mine + "/submit").then().statusCode(409).contentType("application/problem+json").body("detail", containsString("S2"));
        as(charity()).body(Map.of("answers", List.of(Map.of("standard", "S99", "rag", "GREEN")))).put(mine).then().statusCode(400);
        as(charity()).body(Map.of("answers", List.of(Map.of("standard", "S1", "rag", "GREEN", "evidence",
                List.of(Map.of("description", "Future", "dated", TODAY.plusDays(3).toString())))))).put(mine).then().statusCode(400);
        // the partnership sees the draft's status but not its content
        as(admin()).get(cycles(P) + "/" + cycle + "/assessments/youth-options").then().statusCode(200).body("answers", empty());
        as(charity()).body(answers("AMBER")).put(mine).then().statusCode(200);
        as(charity()).post(mine + "/submit").then().statusCode(200);
        as(charity()).post(mine + "/submit").then().statusCode(409);
        as(charity()).body(answers("GREEN")).put(mine).then().statusCode(409);

        String entry = cycles(P) + "/" + cycle + "/assessments/youth-options";
        as(admin()).get(entry).then().statusCode(200).body("answers", hasSize(8)).body("answers[0].evidence[0].description", is("Board minutes"));
        as(admin()).body(Map.of("outcome", "COMPLIANT")).post(entry + "/outcome").then().statusCode(409).body("detail", containsString("Moderate"));
        as(admin()).body(Map.of("ratings", moderation("GREEN"))).put(entry + "/moderation").then().statusCode(200).body("evaluationStatus", is("MODERATING"));
        as(admin()).body(Map.of("ratings", List.of(Map.of("standard", "S3", "rating", "RED", "comment", "No evidence children were asked"))))
                .put(entry + "/moderation").then().statusCode(200).body("moderated.find { it.standard == 'S3' }.rating", is("RED"));
        String challenge = as(chair()).body(Map.of("standard", "S3", "question", "How do you hear from children?"))
                .post(entry + "/challenges").then().statusCode(201).extract().path("id");
        as(admin()).body(Map.of("outcome", "PARTIALLY_COMPLIANT")).post(entry + "/outcome").then().statusCode(409).body("detail", containsString("challenge"));
        as(school()).body(Map.of("answer", "x")).post(entry + "/challenges/" + challenge + "/answer").then().statusCode(404);
        as(charity()).body(Map.of("answer", "A young people's forum from next term.")).post(entry + "/challenges/" + challenge + "/answer").then().statusCode(200);
        as(chair()).body(Map.of("feedback", "Good grip on recruitment; listening to children needs work.")).put(entry + "/chair-feedback").then().statusCode(200);
        as(admin()).body(Map.of("feedback", "not the chair")).put(entry + "/chair-feedback").then().statusCode(403);
        as(admin()).body(Map.of("surveyedOn", TODAY.toString(), "respondents", 41, "results", List.of(Map.of("question", "I know how to escalate", "agreePercent", 88))))
                .put(entry + "/staff-survey").then().statusCode(200).body("staffSurvey.respondents", is(41));
        as(admin()).body(Map.of("outcome", "PARTIALLY_COMPLIANT")).post(entry + "/outcome").then().statusCode(200).body("evaluationStatus", is("AGREED"));
        as(admin()).body(Map.of("outcome", "COMPLIANT")).post(entry + "/outcome").then().statusCode(409);

        EventEnvelope agreed = event(e -> e.type().equals(AuditEvents.SECTION11_EVALUATION_AGREED.toString()) && e.subject().equals(cycle)).orElseThrow();
        Section11EvaluationAgreedV1 ev = EventCodec.payload(agreed, Section11EvaluationAgreedV1.class);
        assertEquals("youth-options", ev.agency());
        assertEquals("PARTIALLY_COMPLIANT", ev.outcome());
        assertEquals(8, ev.ratings().size());
        assertEquals("AMBER", ev.ratings().get(2).selfRating());
        assertEquals("RED", ev.ratings().get(2).moderatedRating());

        // the overview: every standard across agencies
        as(admin()).get(cycles(P) + "/" + cycle + "/overview").then().statusCode(200)
                .body("agencies[0].agency", is("youth-options")).body("agencies[0].ratings.S3.moderated", is("RED"))
                .body("agencies[0].ratings.S3.self", is("AMBER")).body("moderatedCounts.S3.RED", is(1));
        as(charity()).get(cycles(P) + "/" + cycle + "/overview").then().statusCode(200)
                .body("agencies.agency", contains("youth-options")).body("moderatedCounts.S3.RED", is(1));
        as(school()).get(cycles(P) + "/" + cycle + "/overview").then().statusCode(200)
                .body("agencies", empty()).body("moderatedCounts.S3.RED", is(1));
        // overdue and not-started agencies show in the cycle
        as(admin()).get(cycles(P) + "/" + cycle).then().statusCode(200)
                .body("agencies.find { it.agency == 'bitterne-park-school' }.status", is("NOT_STARTED"))
                .body("agencies.find { it.agency == 'youth-options' }.status", is("AGREED"));
        as(charity()).get(cycles(P) + "/" + cycle).then().statusCode(200).body("agencies.agency", contains("youth-options"));

        // year 2: improvement actions go to action-plans and are tracked
        String action = as(admin()).body(Map.of("text", "Set up a young people's forum", "suggestedDueOn", TODAY.plusMonths(6).toString()))
                .post(entry + "/actions").then().statusCode(201).body("targetAgencies", contains("youth-options")).extract().path("id");
        RecommendationIssuedV1 rec = EventCodec.payload(event(e -> e.type().equals(AuditEvents.RECOMMENDATION_ISSUED.toString())
                && EventCodec.payload(e, RecommendationIssuedV1.class).recommendationId().equals(action)).orElseThrow(), RecommendationIssuedV1.class);
        assertEquals(SourceType.SECTION_11, rec.sourceType());
        assertEquals(cycle, rec.sourceId());
        as(admin()).post(cycles(P) + "/" + cycle + "/advance").then().statusCode(200).body("phase", is("ACTION_PLAN_TRACKING"));
        as(admin()).get(cycles(P) + "/" + cycle + "/tracking").then().statusCode(200).body("agencies[0].actionsIssued", is(1));
        as(school()).post(mine).then().statusCode(409);
        as(admin()).post(cycles(P) + "/" + cycle + "/advance").then().statusCode(200).body("phase", is("CLOSED"));
        as(admin()).post(cycles(P) + "/" + cycle + "/advance").then().statusCode(409);
    }

    @Test
    void answersCarryForwardToTheNextCycle() {
        String agency = "carry-" + UUID.randomUUID().toString().substring(0, 8);
        String token = agencyUser(P, agency);
        String first = openCycle(P, admin(), 2023, List.of(agency));
        submit(P, token, first, "GREEN");
        String next = as(admin()).body(Map.of("title", "Section 11 next " + UUID.randomUUID(), "startYear", 2027, "lengthYears", 1,
                        "previousCycleId", first, "submissionsDueOn", TODAY.plusMonths(2).toString()))
                .post(cycles(P)).then().statusCode(201).body("previousCycleId", is(first)).extract().path("id");
        String mine = cycles(P) + "/" + next + "/assessments/mine";
        as(token).post(mine).then().statusCode(201).body("answers", hasSize(8)).body("answers[0].carriedForward", is(true))
                .body("answers[0].rag", is("GREEN")).body("carriedForwardFrom", notNullValue());
        as(token).body(Map.of("answers", List.of(Map.of("standard", "S1", "rag", "AMBER", "narrative", "New board lead")))).put(mine).then().statusCode(200)
                .body("answers[0].carriedForward", is(false)).body("answers[1].carriedForward", is(true));
        as(token).post(mine + "/submit").then().statusCode(200);
        // a one-year cycle closes straight after year 1
        as(admin()).post(cycles(P) + "/" + next + "/advance").then().statusCode(200).body("phase", is("CLOSED"));
    }

    @Test
    void submitOnceShareToManyWithSeparateEvaluations() {
        String agency = "solent-nhs-" + UUID.randomUUID().toString().substring(0, 6);
        String both = TestTokens.user("solent-lead").role(P, "relevant-agency").role("portsmouth", "relevant-agency").agency(agency).token();
        String isle = "isle-of-wight";
        String isleAdmin = TestTokens.user("iow-admin").role(isle, "partnership-admin").token();
        String southCycle = openCycle(P, admin(), 2025, List.of(agency));
        String portCycle = openCycle("portsmouth", DemoTokens.portsmouthAdmin(), 2025, List.of(agency));
        String isleCycle = openCycle(isle, isleAdmin, 2025, List.of(agency));

        submit(P, both, southCycle, "GREEN");
        String assessment = as(both).get(cycles(P) + "/" + southCycle + "/assessments/mine").then().statusCode(200).extract().path("assessmentId");
        // a draft or someone else's cannot be shared; the owner shares its submission to portsmouth
        as(DemoTokens.portsmouthSchool()).body(Map.of("assessmentId", assessment)).post(cycles("portsmouth") + "/" + portCycle + "/shared-assessments").then().statusCode(404);
        as(both).body(Map.of("assessmentId", assessment)).post(cycles(P) + "/" + southCycle + "/shared-assessments").then().statusCode(409);
        as(both).body(Map.of("assessmentId", assessment)).post(cycles("portsmouth") + "/" + portCycle + "/shared-assessments").then().statusCode(201)
                .body("sharedFrom", is(P)).body("evaluationStatus", is("SUBMITTED")).body("answers", hasSize(8));
        as(both).body(Map.of("assessmentId", assessment)).post(cycles("portsmouth") + "/" + portCycle + "/shared-assessments").then().statusCode(409);
        as(both).body(answers("RED")).put(cycles("portsmouth") + "/" + portCycle + "/assessments/mine").then().statusCode(409);
        as(both).get(base(P) + "/section11/my-assessments").then().statusCode(200)
                .body("find { it.id == '" + assessment + "' }.sharedTo", contains("portsmouth", P));

        // each partnership evaluates separately
        String south = cycles(P) + "/" + southCycle + "/assessments/" + agency;
        String port = cycles("portsmouth") + "/" + portCycle + "/assessments/" + agency;
        as(admin()).body(Map.of("ratings", moderation("GREEN"))).put(south + "/moderation").then().statusCode(200);
        as(admin()).body(Map.of("outcome", "COMPLIANT")).post(south + "/outcome").then().statusCode(200);
        as(DemoTokens.portsmouthAdmin()).get(port).then().statusCode(200).body("evaluationStatus", is("SUBMITTED")).body("outcome", nullValue());
        as(DemoTokens.portsmouthAdmin()).body(Map.of("ratings", moderation("AMBER"))).put(port + "/moderation").then().statusCode(200);
        as(DemoTokens.portsmouthAdmin()).body(Map.of("outcome", "PARTIALLY_COMPLIANT")).post(port + "/outcome").then().statusCode(200);
        as(admin()).get(south).then().body("outcome", is("COMPLIANT")).body("moderated[0].rating", is("GREEN"));
        as(DemoTokens.portsmouthAdmin()).get(port).then().body("outcome", is("PARTIALLY_COMPLIANT")).body("moderated[0].rating", is("AMBER"));
        EventEnvelope portEvent = event(e -> e.type().equals(AuditEvents.SECTION11_EVALUATION_AGREED.toString()) && e.subject().equals(portCycle)).orElseThrow();
        assertEquals("portsmouth", portEvent.partnership());
        assertEquals("PARTIALLY_COMPLIANT", EventCodec.payload(portEvent, Section11EvaluationAgreedV1.class).outcome());

        // a partnership it was not shared to cannot see it: not in its cycle, not through another partnership's ids
        as(isleAdmin).get(cycles(isle) + "/" + isleCycle + "/assessments/" + agency).then().statusCode(404);
        as(isleAdmin).get(cycles(isle) + "/" + southCycle + "/assessments/" + agency).then().statusCode(404);
        as(isleAdmin).get(cycles(isle) + "/" + isleCycle + "/assessments").then().statusCode(200).body("$", empty());
        as(DemoTokens.portsmouthAdmin()).get(cycles("portsmouth") + "/" + southCycle + "/assessments/" + agency).then().statusCode(404);
        as(isleAdmin).get(cycles(P) + "/" + southCycle + "/assessments/" + agency).then().statusCode(403);
        // another agency of the same partnership does not see it either
        as(charity()).get(south).then().statusCode(404);
    }

    @Test
    void standardsAreVersionedAndCyclesKeepTheirs() {
        String partnership = "standards-" + UUID.randomUUID().toString().substring(0, 6);
        String admin = TestTokens.user("std-admin").role(partnership, "partnership-admin").token();
        as(admin).get(base(partnership) + "/section11/standards").then().statusCode(200).body("version", is(1)).body("standards", hasSize(8))
                .body("standards[2].title", is("Listening to children"));
        String old = openCycle(partnership, admin, 2025, List.of());
        as(admin).body(Map.of("standards", List.of(Map.of("code", "S1", "title", "Leadership"), Map.of("code", "S9", "title", "Online safety"))))
                .put(base(partnership) + "/section11/standards").then().statusCode(200).body("version", is(2));
        as(admin).body(Map.of("standards", List.of(Map.of("code", "S1", "title", "a"), Map.of("code", "S1", "title", "b"))))
                .put(base(partnership) + "/section11/standards").then().statusCode(400);
        as(admin).get(cycles(partnership) + "/" + old).then().body("standardsVersion", is(1)).body("standards", hasSize(8));
        as(admin).body(Map.of("title", "Next", "startYear", 2027, "submissionsDueOn", TODAY.toString()))
                .post(cycles(partnership)).then().statusCode(201).body("standardsVersion", is(2)).body("standards.code", contains("S1", "S9"));
    }
}
