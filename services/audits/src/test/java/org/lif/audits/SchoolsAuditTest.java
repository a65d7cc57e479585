package org.lif.audits;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.contracts.EventCodec;
import org.lif.contracts.SourceType;
import org.lif.contracts.audits.AuditEvents;
import org.lif.contracts.audits.SchoolsReturnSubmittedV1;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.lif.audits.Api.*;

/** Section 175/157 schools audits: window rules, returns with governor sign-off, visits, improvement actions. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class SchoolsAuditTest {

    static final List<String> CODES = List.of("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9");

    final String partnership = "schools-" + UUID.randomUUID().toString().substring(0, 6);
    final String admin = TestTokens.user("s-admin").role(partnership, "partnership-admin").token();

    String school(String agency) {
        return TestTokens.user(agency + "-dsl").role(partnership, "relevant-agency").agency(agency).token();
    }

    String windows() {
        return base(partnership) + "/schools-audits";
    }

    String window(String year, String opens, String closes, List<String> schools) {
        return as(admin).body(Map.of("academicYear", year, "opensOn", opens, "closesOn", closes, "schools", schools))
                .post(windows()).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> ratings(String rating) {
        List<Map<String, Object>> answers = new ArrayList<>();
        CODES.forEach(c -> answers.add(Map.of("standard", c, "selfRating", rating, "narrative", "Evidence for " + c)));
        return Map.of("answers", answers, "leadName", "Designated safeguarding lead");
    }

    @Test
    void windowDatesAreValidated() {
        as(admin).body(Map.of("academicYear", "2025-26", "opensOn", "2026-09-30", "closesOn", "2026-05-31")).post(windows()).then().statusCode(400)
                .body("errors[0].field", is("closesOn"));
        as(admin).body(Map.of("academicYear", "2025-27", "opensOn", "2026-05-31", "closesOn", "2026-09-30")).post(windows()).then().statusCode(400)
                .body("errors[0].field", is("academicYear"));
        as(admin).body(Map.of("academicYear", "2025-26", "opensOn", "2026-05-31", "closesOn", "2028-09-30")).post(windows()).then().statusCode(400);
        window("2025-26", "2026-05-31", "2026-09-30", List.of());
        as(admin).body(Map.of("academicYear", "2025-26", "opensOn", "2026-05-31", "closesOn", "2026-09-30")).post(windows()).then().statusCode(409);
    }

    @Test
    void returnsFollowTheWindowAndVisitsValidateThem() {
        String future = window("2040-41", TODAY.plusDays(10).toString(), TODAY.plusDays(100).toString(), List.of("greenfield-primary"));
        as(school("greenfield-primary")).body(ratings("GREEN")).put(windows() + "/" + future + "/returns/mine").then().statusCode(409)
                .body("detail", containsString("opens on"));
        as(school("other-school")).body(ratings("GREEN")).put(windows() + "/" + future + "/returns/mine").then().statusCode(404);

        String open = window("2041-42", TODAY.minusDays(10).toString(), TODAY.plusDays(30).toString(), List.of("greenfield-primary", "hill-academy"));
        String mine = windows() + "/" + open + "/returns/mine";
        String greenfield = school("greenfield-primary");
        as(greenfield).body(Map.of("answers", List.of(Map.of("standard", "K1", "selfRating", "GREEN")))).put(mine).then().statusCode(200).body("status", is("DRAFT"));
        as(greenfield).body(Map.of("governorName", "Chair of governors", "governorSignedOn", TODAY.toString())).post(mine + "/submit").then().statusCode(409)
                .body("detail", containsString("K2"));
        Map<String, Object> withAmber = new java.util.HashMap<>(ratings("GREEN"));
        List<Map<String, Object>> answers = new ArrayList<>((List<Map<String, Object>>) withAmber.get("answers"));
        answers.set(5, Map.of("standard", "K6", "selfRating", "AMBER", "narrative", "Filtering reviewed, monitoring not yet"));
        withAmber.put("answers", answers);
        as(greenfield).body(withAmber).put(mine).then().statusCode(200);
        as(greenfield).body(Map.of("governorName", "Chair of governors", "governorSignedOn", TODAY.plusDays(1).toString())).post(mine + "/submit").then().statusCode(400);
        as(greenfield).body(Map.of("governorName", "Chair of governors", "governorSignedOn", TODAY.toString())).post(mine + "/submit").then().statusCode(200)
                .body("status", is("SUBMITTED")).body("onTime", is(true));
        as(greenfield).body(ratings("RED")).put(mine).then().statusCode(409);

        SchoolsReturnSubmittedV1 e = EventCodec.payload(event(x -> x.type().equals(AuditEvents.SCHOOLS_RETURN_SUBMITTED.toString())
                && x.subject().equals(open)).orElseThrow(), SchoolsReturnSubmittedV1.class);
        assertEquals("greenfield-primary", e.agency());
        assertEquals(Map.of("GREEN", 8, "AMBER", 1, "RED", 0), e.ragCounts());
        assertEquals("2041-42", e.academicYear());

        // a school sees only its own return; the partnership sees who is missing
        as(greenfield).get(windows() + "/" + open + "/returns/hill-academy").then().statusCode(404);
        as(greenfield).get(windows() + "/" + open).then().statusCode(200).body("schools.school", contains("greenfield-primary"));
        as(admin).get(windows() + "/" + open).then().statusCode(200).body("state", is("OPEN"))
                .body("schools.find { it.school == 'hill-academy' }.status", is("NOT_STARTED"))
                .body("schools.find { it.school == 'hill-academy' }.overdue", is(false));

        // follow-up visit changes a rating; improvement action to action-plans
        String theirs = windows() + "/" + open + "/returns/greenfield-primary";
        as(admin).body(Map.of("visitedOn", TODAY.toString(), "visitedBy", "Education safeguarding adviser", "notes", "Monitoring logs seen",
                        "ratings", List.of(Map.of("standard", "K6", "rating", "RED"), Map.of("standard", "K1", "rating", "GREEN"))))
                .post(theirs + "/visits").then().statusCode(200).body("status", is("VALIDATED"))
                .body("answers.find { it.standard == 'K6' }.validatedRating", is("RED"))
                .body("visits[0].changes.find { it.standard == 'K6' }.from", is("AMBER"));
        String action = as(admin).body(Map.of("text", "Put monitoring of school devices in place")).post(theirs + "/actions").then().statusCode(201)
                .body("targetAgencies", contains("greenfield-primary")).extract().path("id");
        RecommendationIssuedV1 rec = EventCodec.payload(event(x -> x.type().equals(AuditEvents.RECOMMENDATION_ISSUED.toString())
                && EventCodec.payload(x, RecommendationIssuedV1.class).recommendationId().equals(action)).orElseThrow(), RecommendationIssuedV1.class);
        assertEquals(SourceType.SECTION_175, rec.sourceType());
        as(admin).body(Map.of("text", "x", "targetAgencies", List.of("hill-academy"))).post(theirs + "/actions").then().statusCode(400);

        // closing the window stops returns
        as(admin).post(windows() + "/" + open + "/close").then().statusCode(200).body("state", is("CLOSED"));
        as(school("hill-academy")).body(ratings("GREEN")).put(windows() + "/" + open + "/returns/mine").then().statusCode(409);
    }

    @Test
    void lateReturnsAreOverdueThenLate() {
        String past = window("2042-43", TODAY.minusDays(60).toString(), TODAY.minusDays(1).toString(), List.of("late-school"));
        as(admin).get(windows() + "/" + past).then().body("state", is("PAST_CLOSING_DATE"))
                .body("schools[0].overdue", is(true));
        String late = school("late-school");
        as(late).body(ratings("GREEN")).put(windows() + "/" + past + "/returns/mine").then().statusCode(200);
        as(late).body(Map.of("governorName", "Vice chair", "governorSignedOn", TODAY.toString()))
                .post(windows() + "/" + past + "/returns/mine/submit").then().statusCode(200).body("onTime", is(false));
        as(admin).get(windows() + "/" + past).then().body("schools[0].overdue", is(false)).body("schools[0].onTime", is(false));
    }
}
