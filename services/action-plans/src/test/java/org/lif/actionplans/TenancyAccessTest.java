package org.lif.actionplans;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestTokens;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.lif.actionplans.Api.*;

/** The access matrix: roles per partnership, agency confinement, 403 for another partnership, 404 for its objects. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class TenancyAccessTest {

    String planId;
    String schoolAction;
    String charityAction;

    @BeforeEach
    void seed() {
        planId = createPlan(DemoTokens.southamptonAdmin(), "southampton", "LCSPR Child T " + System.nanoTime());
        schoolAction = createAction(DemoTokens.southamptonAdmin(), "southampton", planId, "bitterne-park-school", TestClock.today().plusDays(60));
        charityAction = createAction(DemoTokens.southamptonAdmin(), "southampton", planId, "youth-options", TestClock.today().plusDays(60));
    }

    @Test
    void anonymousGets401AsProblem() {
        given().get(base("southampton") + "/action-plans").then().statusCode(401)
                .contentType("application/problem+json").body("status", is(401));
    }

    @Test
    void forgedAndExpiredTokensAreRejected() {
        given().auth().oauth2(TestTokens.forgedToken("mallory", "southampton", "partnership-admin"))
                .get(base("southampton") + "/action-plans").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-jwt").get(base("southampton") + "/actions").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("southampton-admin").role("southampton", "partnership-admin").audience("account").token())
                .get(base("southampton") + "/action-plans").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("old").role("southampton", "partnership-admin").expired().token())
                .get(base("southampton") + "/action-plans").then().statusCode(401);
    }

    @Test
    void anotherPartnershipsPathIs403AndItsObjectsAre404() {
        as(DemoTokens.portsmouthAdmin()).get(base("southampton") + "/action-plans/" + planId)
                .then().statusCode(403).contentType("application/problem+json").body("status", is(403));
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/action-plans/" + planId)
                .then().statusCode(404).contentType("application/problem+json");
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/actions/" + schoolAction).then().statusCode(404);
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/actions").then().statusCode(200)
                .body("items.id", not(hasItem(schoolAction)));
        as(DemoTokens.portsmouthSchool()).get(base("southampton") + "/actions").then().statusCode(403);
    }

    @Test
    void adminAndPartnerManageEverything() {
        as(DemoTokens.southamptonPolice()).get(base("southampton") + "/actions/" + schoolAction).then().statusCode(200);
        createAction(DemoTokens.southamptonPolice(), "southampton", planId, "hampshire-constabulary", TestClock.today().plusDays(10));
    }

    @Test
    void relevantAgencySeesAndUpdatesOnlyItsOwnActions() {
        String school = DemoTokens.southamptonSchool();
        as(school).get(base("southampton") + "/actions").then().statusCode(200)
                .body("items.ownerAgency", everyItem(is("bitterne-park-school")))
                .body("items.id", hasItem(schoolAction)).body("items.id", not(hasItem(charityAction)));
        getAction(school, "southampton", schoolAction).statusCode(200);
        getAction(school, "southampton", charityAction).statusCode(404);
        as(school).body(java.util.Map.of("note", "started", "evidence", java.util.List.of(textEvidence("briefing held"))))
                .post(base("southampton") + "/actions/" + charityAction + "/progress").then().statusCode(404);
        as(school).body(java.util.Map.of("note", "started", "evidence", java.util.List.of(textEvidence("briefing held"))))
                .post(base("southampton") + "/actions/" + schoolAction + "/progress").then().statusCode(201);
        // the plan that holds its action is visible, with only its own actions
        as(school).get(base("southampton") + "/action-plans/" + planId).then().statusCode(200)
                .body("actions.ownerAgency", everyItem(is("bitterne-park-school")));
        // but it cannot create plans or actions, or sign off
        as(school).body(plan("mine")).post(base("southampton") + "/action-plans").then().statusCode(403);
        as(school).body(action("bitterne-park-school", TestClock.today().plusDays(5)))
                .post(base("southampton") + "/action-plans/" + planId + "/actions").then().statusCode(403);
        as(school).body(java.util.Map.of("decision", "APPROVE"))
                .post(base("southampton") + "/actions/" + schoolAction + "/sign-off").then().statusCode(403);
    }

    @Test
    void agencyWithNoActionsInAPlanDoesNotSeeThePlan() {
        String otherPlan = createPlan(DemoTokens.southamptonAdmin(), "southampton", "Audit plan " + System.nanoTime());
        createAction(DemoTokens.southamptonAdmin(), "southampton", otherPlan, "youth-options", TestClock.today().plusDays(20));
        as(DemoTokens.southamptonSchool()).get(base("southampton") + "/action-plans/" + otherPlan).then().statusCode(404);
        as(DemoTokens.southamptonSchool()).get(base("southampton") + "/action-plans?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(otherPlan)));
    }

    @Test
    void chairReadsEverythingAndChallengesButCannotChange() {
        String chair = DemoTokens.hipsChair();
        as(chair).get(base("southampton") + "/actions/" + charityAction).then().statusCode(200);
        as(chair).get(base("portsmouth") + "/action-plans").then().statusCode(200);
        as(chair).body(plan("x")).post(base("southampton") + "/action-plans").then().statusCode(403);
        String challengeId = as(chair).body(java.util.Map.of("question", "How will you know the training changed practice?"))
                .post(base("southampton") + "/action-plans/" + planId + "/challenges").then().statusCode(201)
                .body("status", is("OPEN")).extract().path("id");
        as(DemoTokens.southamptonAdmin()).body(java.util.Map.of("answer", "Audit of 20 cases in six months."))
                .post(base("southampton") + "/action-plans/" + planId + "/challenges/" + challengeId + "/response")
                .then().statusCode(200).body("status", is("ANSWERED")).body("answeredBy", is("southampton-admin"));
        as(DemoTokens.southamptonAdmin()).body(java.util.Map.of("question", "self-challenge"))
                .post(base("southampton") + "/action-plans/" + planId + "/challenges").then().statusCode(403);
    }

    @Test
    void practitionerReviewerAndHostHaveNoAccessToActionPlans() {
        as(DemoTokens.southamptonPractitioner()).get(base("southampton") + "/actions").then().statusCode(403);
        as(DemoTokens.hipsReviewer()).get(base("southampton") + "/actions").then().statusCode(403);
        as(DemoTokens.hipsHost()).get(base("southampton") + "/actions").then().statusCode(403);
    }
}
