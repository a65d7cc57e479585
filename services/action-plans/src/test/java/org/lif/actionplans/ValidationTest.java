package org.lif.actionplans;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.lif.actionplans.Api.*;

/** Bad input is a 400 problem+json naming the fields, never a 500, and writes nothing. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class ValidationTest {

    static final String S = "southampton";
    String admin;
    String planId;

    @BeforeEach
    void seed() {
        admin = DemoTokens.southamptonAdmin();
        planId = createPlan(admin, S, "Validation plan " + System.nanoTime());
    }

    int actionCount() {
        return as(admin).get(base(S) + "/action-plans/" + planId).then().statusCode(200).extract().path("actions.size()");
    }

    @Test
    void malformedJsonIsAProblemNotA500() {
        as(admin).body("{\"title\": \"unterminated").post(base(S) + "/action-plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", is(400)).body("title", notNullValue()).body("detail", containsString("not valid JSON"))
                .body(not(containsString("Exception"))).body(not(containsString("at org.")));
    }

    @Test
    void missingFieldsAreListed() {
        as(admin).body(Map.of()).post(base(S) + "/action-plans/" + planId + "/actions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("description", "ownerAgency", "dueDate"))
                .body("errors.message", everyItem(notNullValue()));
        as(admin).body(Map.of("title", "x")).post(base(S) + "/action-plans")
                .then().statusCode(400).body("errors.field", hasItems("source", "scope"));
        assert actionCount() == 0;
    }

    @Test
    void emptyBodyIsAProblem() {
        as(admin).post(base(S) + "/action-plans").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownEnumValueNamesTheAllowedOnes() {
        Map<String, Object> plan = new HashMap<>(plan("Bad scope"));
        plan.put("scope", "EVERYONE");
        as(admin).body(plan).post(base(S) + "/action-plans").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("scope")).body("errors[0].message", containsString("MULTI_AGENCY"));
        as(admin).body(Map.of("status", "FINISHED", "reason", "x")).post(base(S) + "/actions/" + createAction(admin, S, planId,
                "youth-options", TestClock.today().plusDays(3)) + "/status").then().statusCode(400).body("errors[0].field", is("status"));
        as(admin).get(base(S) + "/actions?status=DONE&rag=PURPLE").then().statusCode(400)
                .body("errors.field", hasItems("status", "rag"));
    }

    @Test
    void pastDueDateIsRefused() {
        as(admin).body(action("youth-options", TestClock.today().minusDays(1)))
                .post(base(S) + "/action-plans/" + planId + "/actions").then().statusCode(400)
                .body("errors[0].field", is("dueDate")).body("errors[0].message", containsString("past"));
        as(admin).body(Map.of("description", "d", "ownerAgency", "youth-options", "dueDate", "31/12/2030"))
                .post(base(S) + "/action-plans/" + planId + "/actions").then().statusCode(400)
                .body("errors[0].field", is("dueDate"));
        assert actionCount() == 0;
    }

    @Test
    void oversizedTextIsRefused() {
        Map<String, Object> action = new HashMap<>(action("youth-options", TestClock.today().plusDays(3)));
        action.put("description", "x".repeat(4001));
        as(admin).body(action).post(base(S) + "/action-plans/" + planId + "/actions").then().statusCode(400)
                .body("errors[0].field", is("description")).body("errors[0].message", containsString("4000"));
        assert actionCount() == 0;
    }

    @Test
    void evidenceIsValidatedItemByItem() {
        String id = createAction(admin, S, planId, "youth-options", TestClock.today().plusDays(3));
        as(admin).body(Map.of("note", "n", "evidence", List.of(Map.of("kind", "LINK", "description", "d", "url", "javascript:alert(1)"),
                        Map.of("kind", "TEXT", "description", "d", "refersTo", TestClock.today().plusDays(2).toString()))))
                .post(base(S) + "/actions/" + id + "/progress").then().statusCode(400)
                .body("errors.field", hasItems(containsString("url"), containsString("refersTo")));
        getAction(admin, S, id).body("progress.size()", is(0)).body("status", is("NOT_STARTED"));
    }

    @Test
    void unknownFieldsAreRefusedRatherThanIgnored() {
        Map<String, Object> action = new HashMap<>(action("youth-options", TestClock.today().plusDays(3)));
        action.put("childName", "should never be sent");
        as(admin).body(action).post(base(S) + "/action-plans/" + planId + "/actions").then().statusCode(400)
                .body("errors[0].field", is("childName"));
    }

    @Test
    void badIdsAndPagingAreProblems() {
        as(admin).get(base(S) + "/actions/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        as(admin).get(base(S) + "/actions/" + java.util.UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        as(admin).get(base(S) + "/action-plans?status=HALF_OPEN").then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("org.lif")));
        as(admin).get(base(S) + "/actions?page=first").then().statusCode(400).contentType("application/problem+json");
        as(admin).get(base(S) + "/audit-trail?size=5000").then().statusCode(400).contentType("application/problem+json");
        as(admin).get(base(S) + "/actions?size=1000").then().statusCode(400).contentType("application/problem+json");
        as(admin).get(base(S) + "/actions?dueFrom=yesterday").then().statusCode(400).body("errors[0].field", is("dueFrom"));
        as(admin).get(base(S) + "/actions?overdue=maybe").then().statusCode(400).body("errors[0].field", is("overdue"));
    }
}
