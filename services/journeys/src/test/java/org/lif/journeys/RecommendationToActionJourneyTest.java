package org.lif.journeys;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKeycloak;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The reviews and action-plans services run as they do in production (their runnable jars, prod profile, configured
 * by environment), on one PostgreSQL (a database each) and one Kafka: a rapid review's immediate action issued in
 * reviews becomes an action in action-plans; once the agency completes it and the partnership signs it off, reviews
 * shows the recommendation's progress, and reporting counts it all. Only the public APIs are used, with real tokens of
 * the demo identities from the test Keycloak (realm {@code lif}).
 */
class RecommendationToActionJourneyTest {

    static RunningService reviews;
    static RunningService actionPlans;
    static RunningService reporting;

    @BeforeAll
    static void startServices() throws Exception {
        FreshInstallation.consumersStartAtTheEnd();
        Map<String, String> reviewsEnv = RunningService.environment("journey_reviews");
        Map<String, String> actionPlansEnv = RunningService.environment("journey_action_plans");
        reviews = RunningService.start("reviews", reviewsEnv);
        actionPlans = RunningService.start("action-plans", actionPlansEnv);
        reporting = RunningService.start("reporting", RunningService.environment("journey_reporting"));
        RunningService.awaitAllReady(reviews, actionPlans, reporting);
    }

    @AfterAll
    static void stopServices() {
        RunningService.closeAll(reviews, actionPlans, reporting);
    }

    static RequestSpecification as(RunningService service, String token) {
        return service.as(token);
    }

    /** The realm's partnership; a fresh installation (new databases, consumers from now): reporting counts this journey only. */
    static final String PARTNERSHIP = "southampton";
    static final String P = "/api/v1/partnerships/" + PARTNERSHIP;

    @Test
    void issuedRecommendationBecomesAnActionWhoseSignedOffCompletionShowsInReviews() {
        String admin = TestKeycloak.token("southampton-admin");
        LocalDate notified = LocalDate.parse("2025-04-24");

        // reviews: notification -> rapid review -> meeting -> outcome with an immediate action for youth-options
        String rapid = as(reviews, admin).body(Map.of(
                        "becameAwareOn", "2025-04-17", "notifiedOn", notified.toString(),
                        "children", List.of(Map.of("pseudonym", "Child J", "ageBand", "UNDER_ONE", "harm", "SERIOUS_HARM", "lookedAfter", false)),
                        "summary", "Fractures in a non-mobile infant.", "agenciesInvolved", List.of("youth-options")))
                .post(P + "/notifications").then().statusCode(201).body("notificationDueOn", is("2025-04-28"))
                .extract().path("rapidReviewId");
        as(reviews, admin).body(Map.of("heldOn", "2025-05-07")).post(P + "/reviews/" + rapid + "/meeting").then().statusCode(200);
        as(reviews, admin).body(Map.of("decidedOn", "2025-05-08", "immediateLearning", "Bruising in non-mobile babies was not escalated.",
                        "decision", "LCSPR", "reasons", "Multi-agency learning", "themes", List.of("infant-injury"),
                        "immediateActions", List.of(Map.of("text", "Brief all youth workers on the bruising protocol",
                                "targetAgencies", List.of("youth-options"), "themes", List.of("infant-injury")))))
                .post(P + "/reviews/" + rapid + "/outcome").then().statusCode(200);
        String recommendation = as(reviews, admin).get(P + "/reviews/" + rapid + "/recommendations").then().statusCode(200)
                .body("[0].status", is("ISSUED")).extract().path("[0].id");

        // the independent chair challenges the decision; a safeguarding partner answers it, once
        String chair = TestKeycloak.token("hips-chair");
        String police = TestKeycloak.token("southampton-police");
        String challenge = as(reviews, chair).body(Map.of("text", "Why was the health visitor not at the meeting?"))
                .post(P + "/reviews/" + rapid + "/challenges").then().statusCode(201).body("status", is("OPEN")).extract().path("id");
        as(reviews, police).body(Map.of("answer", "She was on leave; her manager sent a written contribution."))
                .post(P + "/reviews/" + rapid + "/challenges/" + challenge + "/response").then().statusCode(200)
                .body("status", is("ANSWERED"));
        as(reviews, admin).body(Map.of("answer", "A second answer"))
                .post(P + "/reviews/" + rapid + "/challenges/" + challenge + "/response").then().statusCode(409)
                .contentType(containsString("application/problem+json"));
        as(reviews, chair).get(P + "/reviews/" + rapid + "/challenges").then().statusCode(200)
                .body("[0].answer", is("She was on leave; her manager sent a written contribution."))
                .body("[0].answeredAt", notNullValue());

        // action-plans: the action appears, owned by the agency, through Kafka
        String charity = TestKeycloak.token("southampton-charity");
        String action = eventually("action for recommendation " + recommendation, () -> {
            List<String> ids = as(actionPlans, charity).get(P + "/actions?sourceType=REVIEW&size=100").then().statusCode(200)
                    .extract().path("items.findAll { it.recommendationId == '" + recommendation + "' }.id");
            return ids.isEmpty() ? null : ids.get(0);
        });
        as(actionPlans, charity).get(P + "/actions/" + action).then().statusCode(200)
                .body("ownerAgency", is("youth-options")).body("description", is("Brief all youth workers on the bruising protocol"));

        // reviews sees the action (ActionCreated)
        eventually("action counted in reviews", () -> {
            Integer n = as(reviews, admin).get(P + "/reviews/" + rapid).then().statusCode(200).extract().path("recommendations.actions");
            return n != null && n == 1 ? n : null;
        });

        // the agency evidences and completes it; the partnership signs it off
        as(actionPlans, charity).body(Map.of("note", "Briefing delivered to 40 youth workers",
                        "evidence", List.of(Map.of("kind", "TEXT", "description", "Attendance list of the briefing", "refersTo", TestClock.today().minusDays(1).toString()))))
                .post(P + "/actions/" + action + "/progress").then().statusCode(201);
        as(actionPlans, charity).body(Map.of("summary", "All youth workers briefed")).post(P + "/actions/" + action + "/complete").then().statusCode(200);
        as(actionPlans, admin).body(Map.of("decision", "APPROVE")).post(P + "/actions/" + action + "/sign-off").then().statusCode(200);

        // reviews shows the progress (ActionCompleted)
        eventually("completion shown in reviews", () -> {
            Integer n = as(reviews, admin).get(P + "/reviews/" + rapid).then().statusCode(200).extract().path("recommendations.actionsCompleted");
            return n != null && n == 1 ? n : null;
        });
        as(reviews, admin).get(P + "/reviews/" + rapid + "/recommendations").then().statusCode(200)
                .body("[0].actions[0].actionId", is(action)).body("[0].actions[0].state", is("COMPLETED"))
                .body("[0].actions[0].completedOn", is(TestClock.today().toString())); // the services' date is England's
        assertTrue(reviews.tail().contains("Profile prod activated"), "reviews ran with the prod profile");

        // reporting counts it all from the events: the notification on time, the rapid review decided, the
        // recommendation and its action completed
        eventually("figures in reporting", () -> {
            List<List<Object>> actions = as(reporting, admin).get(P + "/dashboard/actions-by-status").then().statusCode(200).extract().path("rows");
            return actions.equals(List.of(List.of("COMPLETED", 1))) ? actions : null;
        });
        as(reporting, admin).get(P + "/dashboard/recommendations-by-status").then().statusCode(200)
                .body("rows", is(List.of(List.of("COMPLETED", 1))));
        as(reporting, admin).get(P + "/dashboard/statutory-timeliness").then().statusCode(200)
                .body("rows.find { it[0] == 'NOTIFICATION_WITHIN_5_WORKING_DAYS' }[1]", is(1))
                .body("rows.find { it[0] == 'NOTIFICATION_WITHIN_5_WORKING_DAYS' }[2]", is(1));
    }

    static <T> T eventually(String what, Supplier<T> probe) {
        return Eventually.value(what, probe, reviews, actionPlans, reporting);
    }
}
