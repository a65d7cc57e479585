package org.lif.journeys;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKeycloak;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The audits, action-plans and reporting services run as in production: a Section 11 cycle in which a charity (its
 * user) and the police (its system, through the client-credentials client {@code agency-hampshire-constabulary})
 * submit their self-assessments; the panel moderates, challenges and agrees an outcome for each; the improvement actions
 * it issues become actions in action-plans, whose progress the cycle's year-2 tracking shows; reporting's dashboard
 * counts the agreed ratings and the actions with exact figures. Only the public APIs are used, with real tokens from
 * the test Keycloak.
 */
class Section11JourneyTest {

    static final String P = "/api/v1/partnerships/southampton";
    static final List<String> STANDARDS = List.of("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8");
    static RunningService audits;
    static RunningService actionPlans;
    static RunningService reporting;

    @BeforeAll
    static void startServices() {
        FreshInstallation.consumersStartAtTheEnd();
        audits = RunningService.start("audits", RunningService.environment("journey_s11_audits"));
        actionPlans = RunningService.start("action-plans", RunningService.environment("journey_s11_action_plans"));
        reporting = RunningService.start("reporting", RunningService.environment("journey_s11_reporting"));
        RunningService.awaitAllReady(audits, actionPlans, reporting);
    }

    @AfterAll
    static void stopServices() {
        RunningService.closeAll(audits, actionPlans, reporting);
    }

    static RequestSpecification as(RunningService service, String token) {
        return service.as(token);
    }

    @Test
    void agreedSection11OutcomesAndTheirActionsReachActionPlansAndTheDashboard() {
        String admin = TestKeycloak.token("southampton-admin");
        String chair = TestKeycloak.token("hips-chair");
        String charity = TestKeycloak.token("southampton-charity");                           // youth-options
        String policeSystem = TestKeycloak.clientToken("agency-hampshire-constabulary");      // hampshire-constabulary
        String policeUser = TestKeycloak.token("southampton-police");                         // hampshire-constabulary
        LocalDate today = TestClock.today();

        // the partnership opens a cycle for the two agencies
        String cycle = as(audits, admin).body(Map.of("title", "Section 11 " + today.getYear() + "-" + (today.getYear() + 2),
                        "startYear", today.getYear(), "agencies", List.of("youth-options", "hampshire-constabulary"),
                        "submissionsDueOn", today.plusMonths(2).toString()))
                .post(P + "/section11/cycles").then().statusCode(201).body("standards", hasSize(8)).extract().path("id");
        String c = P + "/section11/cycles/" + cycle;

        // each agency self-assesses and submits: the charity's user, the police's system
        selfAssess(charity, c, "GREEN");
        selfAssess(policeSystem, c, "AMBER");
        as(audits, charity).get(c + "/assessments/hampshire-constabulary").then().statusCode(404);
        as(audits, charity).get(c + "/assessments/mine").then().statusCode(200).body("assessmentStatus", is("SUBMITTED"));

        // the panel: youth-options moderated green but S3 amber, challenged by the chair on S3 and answered; the police
        // moderated green but S5 red; outcomes agreed
        String youth = c + "/assessments/youth-options";
        as(audits, admin).body(Map.of("ratings", moderated("S3", "AMBER"))).put(youth + "/moderation").then().statusCode(200);
        String challenge = as(audits, chair).body(Map.of("standard", "S3", "question", "How do children shape your services?"))
                .post(youth + "/challenges").then().statusCode(201).extract().path("id");
        as(audits, charity).body(Map.of("answer", "A young advisers group meets monthly.")).post(youth + "/challenges/" + challenge + "/answer")
                .then().statusCode(200);
        as(audits, chair).body(Map.of("feedback", "Confident; listening to children is developing.")).put(youth + "/chair-feedback").then().statusCode(200);
        as(audits, admin).body(Map.of("surveyedOn", today.toString(), "respondents", 38,
                        "results", List.of(Map.of("question", "I know how to escalate a concern", "agreePercent", 92))))
                .put(youth + "/staff-survey").then().statusCode(200);
        as(audits, admin).body(Map.of("outcome", "COMPLIANT")).post(youth + "/outcome").then().statusCode(200).body("evaluationStatus", is("AGREED"));
        String police = c + "/assessments/hampshire-constabulary";
        as(audits, admin).body(Map.of("ratings", moderated("S5", "RED"))).put(police + "/moderation").then().statusCode(200);
        as(audits, admin).body(Map.of("outcome", "PARTIALLY_COMPLIANT")).post(police + "/outcome").then().statusCode(200).body("evaluationStatus", is("AGREED"));

        // improvement actions for both agencies go to action-plans
        String youthRec = as(audits, admin).body(Map.of("text", "Extend the young advisers group to every service.",
                        "suggestedDueOn", today.plusMonths(6).toString()))
                .post(youth + "/actions").then().statusCode(201).body("targetAgencies", contains("youth-options")).extract().path("id");
        String policeRec = as(audits, admin).body(Map.of("text", "Agree out-of-hours information sharing with schools.",
                        "suggestedDueOn", today.plusMonths(6).toString()))
                .post(police + "/actions").then().statusCode(201).body("targetAgencies", contains("hampshire-constabulary")).extract().path("id");
        as(audits, admin).post(c + "/advance").then().statusCode(200).body("phase", is("ACTION_PLAN_TRACKING"));

        String youthAction = eventually("the charity's Section 11 action", () -> actionOf(charity, youthRec));
        String policeAction = eventually("the police's Section 11 action", () -> actionOf(policeSystem, policeRec));
        as(actionPlans, charity).get(P + "/actions/" + policeAction).then().statusCode(404);
        // the police's system starts its action; the charity completes its own, signed off by the police (a
        // safeguarding partner signs off other agencies' actions, never its own)
        as(actionPlans, policeSystem).body(Map.of("status", "IN_PROGRESS")).post(P + "/actions/" + policeAction + "/status")
                .then().statusCode(200).body("status", is("IN_PROGRESS"));
        as(actionPlans, charity).body(Map.of("note", "Advisers group set up in every service", "evidence", List.of(Map.of("kind", "TEXT",
                        "description", "Terms of reference of the advisers group", "refersTo", today.minusDays(1).toString()))))
                .post(P + "/actions/" + youthAction + "/progress").then().statusCode(201);
        as(actionPlans, charity).body(Map.of("summary", "Advisers group in every service")).post(P + "/actions/" + youthAction + "/complete")
                .then().statusCode(200);
        as(actionPlans, policeUser).body(Map.of("decision", "APPROVE")).post(P + "/actions/" + youthAction + "/sign-off").then().statusCode(200)
                .body("signOff.status", is("SIGNED_OFF")).body("signOff.by", is("southampton-police"));

        // audits' year-2 tracking shows the actions' progress (ActionCreated, ActionCompleted)
        eventually("the tracking of both agencies' actions", () -> {
            ValidatableResponse t = as(audits, admin).get(c + "/tracking").then().statusCode(200);
            Integer done = t.extract().path("agencies.find { it.agency == 'youth-options' }.actionsCompleted");
            Integer policeActions = t.extract().path("agencies.find { it.agency == 'hampshire-constabulary' }.actions");
            return Integer.valueOf(1).equals(done) && Integer.valueOf(1).equals(policeActions) ? t : null;
        });
        as(audits, admin).get(c + "/tracking").then().statusCode(200).body("phase", is("ACTION_PLAN_TRACKING"))
                .body("agencies.find { it.agency == 'youth-options' }.outcome", is("COMPLIANT"))
                .body("agencies.find { it.agency == 'youth-options' }.actionsIssued", is(1))
                .body("agencies.find { it.agency == 'hampshire-constabulary' }.outcome", is("PARTIALLY_COMPLIANT"))
                .body("agencies.find { it.agency == 'hampshire-constabulary' }.actionsIssued", is(1))
                .body("agencies.find { it.agency == 'hampshire-constabulary' }.actionsCompleted", is(0));

        // reporting: the agreed (moderated) ratings per standard and agency, the actions and recommendations
        List<List<String>> byStandard = new ArrayList<>();
        List<List<String>> ratings = new ArrayList<>();
        for (String s : STANDARDS) {
            byStandard.add(List.of(s, s.equals("S5") ? "1" : "0", s.equals("S3") ? "1" : "0", s.equals("S3") || s.equals("S5") ? "1" : "2"));
            ratings.add(List.of(s, "hampshire-constabulary", s.equals("S5") ? "RED" : "GREEN"));
            ratings.add(List.of(s, "youth-options", s.equals("S3") ? "AMBER" : "GREEN"));
        }
        List<List<String>> actionsByStatus = List.of(List.of("COMPLETED", "1"), List.of("IN_PROGRESS", "1"));
        ValidatableResponse d = eventually("Section 11 and actions in reporting", () -> {
            ValidatableResponse r = as(reporting, admin).get(P + "/dashboard").then().statusCode(200);
            return byStandard.equals(table(r, "section11-by-standard")) && actionsByStatus.equals(table(r, "actions-by-status"))
                    && List.of(List.of("COMPLETED", "1"), List.of("IN_PROGRESS", "1")).equals(table(r, "recommendations-by-status")) ? r : null;
        });
        assertEquals(ratings, table(d, "section11-ratings").stream().map(r -> List.of(r.get(0), r.get(2), r.get(3))).toList());
        assertEquals(List.of(List.of("hampshire-constabulary", "1", "1", "0", "0"), List.of("youth-options", "1", "0", "0", "1")),
                table(d, "actions-by-owner-agency"));
        // an agency sees its own agency's ratings and actions only
        ValidatableResponse mine = as(reporting, charity).get(P + "/dashboard").then().statusCode(200);
        assertEquals(List.of(List.of("COMPLETED", "1")), table(mine, "actions-by-status"));
        assertEquals(ratings.stream().filter(r -> r.get(1).equals("youth-options")).toList(),
                table(mine, "section11-ratings").stream().map(r -> List.of(r.get(0), r.get(2), r.get(3))).toList());
    }

    void selfAssess(String token, String cycle, String rag) {
        String mine = cycle + "/assessments/mine";
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String s : STANDARDS) {
            answers.add(Map.of("standard", s, "rag", rag, "narrative", "Self-assessment narrative for " + s,
                    "evidence", List.of(Map.of("description", "Policy and board minutes", "dated", TestClock.today().minusMonths(1).toString()))));
        }
        as(audits, token).post(mine).then().statusCode(201);
        as(audits, token).body(Map.of("answers", answers)).put(mine).then().statusCode(200).body("assessmentStatus", is("DRAFT"));
        as(audits, token).post(mine + "/submit").then().statusCode(200).body("assessmentStatus", is("SUBMITTED"));
    }

    static List<Map<String, Object>> moderated(String exception, String rating) {
        return STANDARDS.stream().map(s -> Map.<String, Object>of("standard", s, "rating", s.equals(exception) ? rating : "GREEN")).toList();
    }

    String actionOf(String token, String recommendation) {
        List<String> ids = as(actionPlans, token).get(P + "/actions?size=100").then().statusCode(200)
                .extract().path("items.findAll { it.recommendationId == '" + recommendation + "' }.id");
        return ids.size() == 1 ? ids.get(0) : null;
    }

    static List<List<String>> table(ValidatableResponse dashboard, String name) {
        List<List<Object>> rows = dashboard.extract().path("tables.find { it.name == '" + name + "' }.rows");
        if (rows == null) {
            return null;
        }
        List<List<String>> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.stream().map(String::valueOf).toList()));
        return out;
    }

    static <T> T eventually(String what, Supplier<T> probe) {
        return Eventually.value(what, probe, audits, actionPlans, reporting);
    }
}
