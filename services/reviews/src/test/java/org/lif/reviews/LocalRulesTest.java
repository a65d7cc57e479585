package org.lif.reviews;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.lif.reviews.Api.*;

/**
 * A partnership sets its own local rules within their statutory bounds: the change applies to clocks started after it,
 * never to those already running, nor to another partnership, and it is on the audit trail.
 */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class LocalRulesTest {

    static final String PO = "portsmouth";
    static final String RULES = base(PO) + "/rules";
    // Tue 22 Apr 2025, after Easter: 15 working days -> Wed 14 May (early May bank holiday skipped); 12 -> Fri 9 May
    static final LocalDate NOTIFIED = LocalDate.parse("2025-04-22");

    @AfterEach
    void backToTheDefault() {
        as(DemoTokens.portsmouthAdmin()).delete(RULES + "/rapid-review").then().statusCode(200);
    }

    @Test
    void aShorterRapidReviewTargetAppliesToRapidReviewsStartedAfterIt() {
        String admin = DemoTokens.portsmouthAdmin();
        as(admin).get(RULES).then().statusCode(200)
                .body("name", hasItems("serious-incident-notification", "rapid-review", "final-report-months"))
                .body("name", not(hasItem("training-self-cancellation-cut-off")))
                .body("find { it.name == 'rapid-review' }.value", is(15))
                .body("find { it.name == 'rapid-review' }.unit", is("WORKING_DAYS"))
                .body("find { it.name == 'rapid-review' }.minimum", is(5))
                .body("find { it.name == 'rapid-review' }.maximum", is(15))
                .body("find { it.name == 'rapid-review' }.partnershipsOwn", is(false))
                .body("find { it.name == 'rapid-review' }.basis", containsString("Working Together"));
        String before = rapidReview(admin);
        as(admin).get(base(PO) + "/reviews/" + before).then().statusCode(200).body("rapidReview.dueOn", is("2025-05-14"));

        as(admin).body(Map.of("value", 12)).put(RULES + "/rapid-review").then().statusCode(200)
                .body("value", is(12)).body("partnershipsOwn", is(true)).body("installationDefault", is(15))
                .body("changedBy", is("portsmouth-admin"));

        String after = rapidReview(admin);
        as(admin).get(base(PO) + "/reviews/" + after).then().statusCode(200).body("rapidReview.dueOn", is("2025-05-09"));
        as(admin).get(base(PO) + "/reviews/" + before).then().statusCode(200).body("rapidReview.dueOn", is("2025-05-14"));
        // another partnership keeps the installation's rule
        as(admin()).get(base(P) + "/rules/rapid-review").then().statusCode(200).body("value", is(15));
        // on the audit trail, from -> to
        as(admin).get(base(PO) + "/audit-trail?entityId=rapid-review").then().statusCode(200)
                .body("items[0].action", is("CHANGED")).body("items[0].from", is("15")).body("items[0].to", is("12"))
                .body("items[0].actor", is("portsmouth-admin"));
    }

    @Test
    void onlyTheBusinessUnitChangesARuleAndOnlyWithinItsBounds() {
        String admin = DemoTokens.portsmouthAdmin();
        as(admin).body(Map.of("value", 16)).put(RULES + "/rapid-review").then().statusCode(400)
                .body("errors[0].field", is("value")).body("errors[0].message", containsString("from 5 to 15 working days"));
        as(admin).body(Map.of("value", 4)).put(RULES + "/rapid-review").then().statusCode(400);
        as(admin).body(Map.of()).put(RULES + "/rapid-review").then().statusCode(400).body("errors[0].field", containsString("value"));
        as(admin).body(Map.of("value", 3)).put(RULES + "/training-self-cancellation-cut-off").then().statusCode(404);
        as(admin).body(Map.of("value", 3)).put(RULES + "/no-such-rule").then().statusCode(404);
        // everyone of the partnership reads the rules; nobody else changes them
        as(DemoTokens.portsmouthSchool()).get(RULES).then().statusCode(200);
        as(DemoTokens.portsmouthSchool()).body(Map.of("value", 10)).put(RULES + "/rapid-review").then().statusCode(403);
        as(admin()).get(RULES).then().statusCode(403);
        as(admin()).body(Map.of("value", 10)).put(RULES + "/rapid-review").then().statusCode(403);
        as(admin).get(RULES + "/rapid-review").then().statusCode(200).body("value", is(15)).body("partnershipsOwn", is(false));
    }

    private static String rapidReview(String token) {
        return as(token).body(notification(NOTIFIED.minusDays(1), NOTIFIED, List.of("mayfield-school"), child("Child P", "SERIOUS_HARM", false)))
                .post(base(PO) + "/notifications").then().statusCode(201).extract().path("rapidReviewId");
    }
}
