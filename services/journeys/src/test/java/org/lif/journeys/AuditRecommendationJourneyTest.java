package org.lif.journeys;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKeycloak;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The audits and action-plans services run as in production: a multi-agency audit's recommendation becomes one action
 * per target agency in action-plans; an agency completes its action, the partnership signs it off, and the audit shows
 * the recommendation's progress. Only the public APIs are used, with real tokens from the test Keycloak (realm
 * {@code lif}): the demo users, and agencies' systems integrating through their client-credentials clients.
 */
class AuditRecommendationJourneyTest {

    static final String P = "/api/v1/partnerships/southampton";
    static RunningService audits;
    static RunningService actionPlans;

    @BeforeAll
    static void startServices() {
        FreshInstallation.consumersStartAtTheEnd();
        audits = RunningService.start("audits", RunningService.environment("journey_audit_audits"));
        actionPlans = RunningService.start("action-plans", RunningService.environment("journey_audit_action_plans"));
        RunningService.awaitAllReady(audits, actionPlans);
    }

    @AfterAll
    static void stopServices() {
        RunningService.closeAll(audits, actionPlans);
    }

    static RequestSpecification as(RunningService service, String token) {
        return service.as(token);
    }

    @Test
    void auditRecommendationBecomesActionsWhoseCompletionShowsInTheAudit() {
        String admin = TestKeycloak.token("southampton-admin");
        String charity = TestKeycloak.token("southampton-charity");
        LocalDate today = TestClock.today();

        // audits: plan, tool, start, recommendation for two agencies
        Map<String, Object> plan = new HashMap<>(Map.of("title", "Neglect thematic audit", "type", "MULTI_AGENCY_THEMATIC",
                "programmeYear", today.getYear(), "themes", List.of("neglect"), "subgroup", "SPIG",
                "plannedStart", today.toString(), "plannedEnd", today.plusMonths(3).toString(), "lead", "Audit lead"));
        String audit = as(audits, admin).body(plan).post(P + "/audits").then().statusCode(201).extract().path("audit.id");
        String tool = as(audits, admin).body(Map.of("name", "Neglect audit tool",
                        "questions", List.of(Map.of("code", "Q1", "text", "Was the child seen and heard?"))))
                .post(P + "/audits/tools").then().statusCode(201).extract().path("id");
        as(audits, admin).body(Map.of("toolId", tool, "agencies", List.of("bitterne-park-school", "youth-options"),
                        "caseSample", List.of("CASE-2025-014"), "returnsDueOn", today.plusDays(14).toString()))
                .post(P + "/audits/" + audit + "/start").then().statusCode(200);
        String recommendation = as(audits, admin).body(Map.of("text", "Use a shared chronology template",
                        "targetAgencies", List.of("youth-options", "bitterne-park-school")))
                .post(P + "/audits/" + audit + "/recommendations").then().statusCode(201).extract().path("id");

        // action-plans: one action per target agency, the charity sees its own
        String action = eventually("the charity's action", () -> {
            List<String> ids = as(actionPlans, charity).get(P + "/actions?sourceType=AUDIT&size=100").then().statusCode(200)
                    .extract().path("items.findAll { it.recommendationId == '" + recommendation + "' }.id");
            return ids.isEmpty() ? null : ids.get(0);
        });
        as(actionPlans, charity).get(P + "/actions/" + action).then().statusCode(200).body("ownerAgency", is("youth-options"));
        eventually("both actions counted in the audit", () -> {
            Integer n = as(audits, admin).get(P + "/audits/" + audit + "/recommendations").then().statusCode(200)
                    .extract().path("[0].actions.size()");
            return n != null && n == 2 ? n : null;
        });

        // the school's system, through its client-credentials client (relevant-agency, agency bitterne-park-school):
        // it sees only its own agency's action, updates it, and the charity's action does not exist for it
        String schoolSystem = TestKeycloak.clientToken("agency-bitterne-park-school");
        List<String> schoolActions = as(actionPlans, schoolSystem).get(P + "/actions?sourceType=AUDIT&size=100").then().statusCode(200)
                .body("items.ownerAgency", everyItem(is("bitterne-park-school")))
                .extract().path("items.findAll { it.recommendationId == '" + recommendation + "' }.id");
        assertEquals(1, schoolActions.size(), "the school's system sees its own action of the recommendation only");
        String schoolAction = schoolActions.get(0);
        as(actionPlans, schoolSystem).body(Map.of("status", "IN_PROGRESS")).post(P + "/actions/" + schoolAction + "/status").then().statusCode(200)
                .body("status", is("IN_PROGRESS"));
        as(actionPlans, schoolSystem).body(Map.of("note", "Chronology template piloted in the pastoral team"))
                .post(P + "/actions/" + schoolAction + "/progress").then().statusCode(201)
                .body("progress[0].recordedBy", is("service-account-agency-bitterne-park-school"));
        as(actionPlans, schoolSystem).get(P + "/actions/" + action).then().statusCode(404);
        as(actionPlans, schoolSystem).body(Map.of("note", "Not ours")).post(P + "/actions/" + action + "/progress").then().statusCode(404);
        // another partnership's school (its user and its system) has no role in southampton
        as(actionPlans, TestKeycloak.token("portsmouth-school")).get(P + "/actions").then().statusCode(403);
        as(actionPlans, TestKeycloak.clientToken("agency-mayfield-school")).get(P + "/actions").then().statusCode(403);
        // a well-formed token the realm did not issue (the testkit's own signing key) is refused
        as(actionPlans, DemoTokens.southamptonAdmin()).get(P + "/actions").then().statusCode(401);

        // the charity evidences and completes; the partnership signs off (the police's system, a safeguarding partner
        // integrating by client credentials); the audit shows it
        as(actionPlans, charity).body(Map.of("note", "Template adopted by all youth workers",
                        "evidence", List.of(Map.of("kind", "TEXT", "description", "Template and briefing note", "refersTo", today.minusDays(1).toString()))))
                .post(P + "/actions/" + action + "/progress").then().statusCode(201);
        as(actionPlans, charity).body(Map.of("summary", "Template in use")).post(P + "/actions/" + action + "/complete").then().statusCode(200);
        as(actionPlans, TestKeycloak.clientToken("agency-hampshire-constabulary")).body(Map.of("decision", "APPROVE"))
                .post(P + "/actions/" + action + "/sign-off").then().statusCode(200)
                .body("signOff.status", is("SIGNED_OFF")).body("signOff.by", is("service-account-agency-hampshire-constabulary"));
        eventually("completion shown in the audit", () -> {
            Integer n = as(audits, admin).get(P + "/audits/" + audit + "/recommendations").then().statusCode(200)
                    .extract().path("[0].actionsCompleted");
            return n != null && n == 1 ? n : null;
        });
    }

    static <T> T eventually(String what, Supplier<T> probe) {
        return Eventually.value(what, probe, audits, actionPlans);
    }
}
