package org.lif.reviews;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.lif.reviews.Api.*;

/**
 * Every role against every kind of review: partnership admin and partners manage; the chair reads all and challenges;
 * an agency sees only reviews it is asked to contribute to (its own contributions) plus published ones; a reviewer only
 * reviews assigned to them; a practitioner only published learning; nothing crosses partnerships.
 */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class AccessMatrixTest {

    static final LocalDate NOTIFIED = LocalDate.parse("2025-10-01");

    /** A rapid review asking youth-options only. */
    static String charityOnly;
    /** A rapid review asking both agencies. */
    static String both;
    /** An LCSPR assigned to hips-reviewer, and one assigned to someone else. */
    static String assigned;
    static String unassigned;
    /** A published review no agency was asked to contribute to. */
    static String published;

    @BeforeEach
    void seed() {
        if (charityOnly != null) {
            return;
        }
        charityOnly = rapidReview(NOTIFIED.minusDays(1), NOTIFIED, List.of("youth-options"));
        both = rapidReview(NOTIFIED.minusDays(1), NOTIFIED, List.of("youth-options", "bitterne-park-school"));
        assigned = lcspr(NOTIFIED);
        unassigned = lcspr(NOTIFIED);
        for (String[] r : new String[][]{{assigned, "hips-reviewer"}, {unassigned, "other-reviewer"}}) {
            as(admin()).body(Map.of("username", r[1], "declaredIndependent", true, "independenceDeclaration", "Independent of the case.",
                    "appointedOn", NOTIFIED.plusDays(20).toString())).put(review(r[0]) + "/reviewer").then().statusCode(200);
        }
        published = as(admin()).body(Map.of("type", "INDIVIDUAL_AGENCY_REVIEW", "title", "Individual agency review: Child P", "decidedOn", "2025-01-06"))
                .post(reviews()).then().statusCode(201).extract().path("id");
        toFinalReport(published, "kim-reviewer", LocalDate.parse("2025-01-13"));
        as(admin()).body(Map.of("text", "Escalation policy not followed.", "themes", List.of("escalation"))).post(review(published) + "/findings").then().statusCode(201);
        as(admin()).body(Map.of("publishedOn", "2025-04-01", "url", "https://scp.example.org/iar-child-p.pdf"))
                .post(review(published) + "/publication").then().statusCode(200);
    }

    @Test
    void anonymousAndBadTokensAre401() {
        given().get(reviews()).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forgedToken("mallory", P, "partnership-admin")).get(reviews()).then().statusCode(401);
    }

    @Test
    void anotherPartnershipIs403AndItsObjectsAre404() {
        as(DemoTokens.portsmouthAdmin()).get(review(charityOnly)).then().statusCode(403).contentType("application/problem+json");
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/reviews/" + charityOnly).then().statusCode(404);
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/reviews/" + published + "/findings").then().statusCode(404);
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/reviews?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(charityOnly)));
        as(DemoTokens.portsmouthAdmin()).body(Map.of("heldOn", NOTIFIED.toString())).post(base("portsmouth") + "/reviews/" + both + "/meeting").then().statusCode(404);
        as(DemoTokens.portsmouthSchool()).get(reviews()).then().statusCode(403);
        as(DemoTokens.hipsHost()).get(reviews()).then().statusCode(403);
    }

    @Test
    void adminAndPartnersSeeAndManageEverything() {
        for (String token : List.of(admin(), DemoTokens.southamptonPolice())) {
            as(token).get(reviews() + "?size=100").then().statusCode(200).body("items.id", hasItems(charityOnly, assigned, unassigned, published));
            as(token).get(review(assigned)).then().statusCode(200).body("audience", is("FULL")).body("review.reviewer.username", is("hips-reviewer"));
            as(token).get(review(both) + "/information-requests").then().statusCode(200).body("size()", is(2));
        }
    }

    @Test
    void chairReadsAllAndChallengesButChangesNothing() {
        String chair = DemoTokens.hipsChair();
        as(chair).get(reviews() + "?size=100").then().statusCode(200).body("items.id", hasItems(charityOnly, assigned, published));
        as(chair).get(review(both)).then().statusCode(200).body("audience", is("FULL"));
        as(chair).body(Map.of("text", "Why was health not at the meeting?")).post(review(both) + "/challenges").then().statusCode(201)
                .body("raisedBy", is("hips-chair"));
        as(admin()).get(review(both) + "/challenges").then().statusCode(200).body("text", hasItem("Why was health not at the meeting?"));
        as(chair).body(Map.of("heldOn", NOTIFIED.toString())).post(review(both) + "/meeting").then().statusCode(403);
        as(chair).body(notification(NOTIFIED, NOTIFIED, List.of("youth-options"), child("Child Z", "DEATH", false)))
                .post(base(P) + "/notifications").then().statusCode(403);
        as(admin()).body(Map.of("text", "x")).post(review(both) + "/challenges").then().statusCode(403);
    }

    @Test
    void thePartnershipAnswersTheChairsChallengeOnce() {
        String chair = DemoTokens.hipsChair();
        String challenge = as(chair).body(Map.of("text", "How will the learning reach the GP practices?"))
                .post(review(both) + "/challenges").then().statusCode(201).body("status", is("OPEN")).extract().path("id");
        String answer = review(both) + "/challenges/" + challenge + "/response";
        Map<String, String> reply = Map.of("answer", "Through the health safeguarding leads' bulletin and the GP forum in May.");

        // only the partnership answers: not the chair, an agency or another partnership
        as(chair).body(reply).post(answer).then().statusCode(403).contentType("application/problem+json");
        as(DemoTokens.southamptonSchool()).body(reply).post(answer).then().statusCode(403);
        as(DemoTokens.portsmouthAdmin()).body(reply).post(base("portsmouth") + "/reviews/" + both + "/challenges/" + challenge + "/response")
                .then().statusCode(404);
        as(DemoTokens.southamptonPolice()).body(Map.of("answer", " ")).post(answer).then().statusCode(400)
                .body("errors.field", hasItem("answer"));
        as(admin()).body(reply).post(review(charityOnly) + "/challenges/" + challenge + "/response").then().statusCode(404);

        as(DemoTokens.southamptonPolice()).body(reply).post(answer).then().statusCode(200)
                .body("status", is("ANSWERED")).body("answeredBy", is("southampton-police")).body("answer", is(reply.get("answer")));
        as(admin()).body(Map.of("answer", "A second answer")).post(answer).then().statusCode(409).contentType("application/problem+json");
        // the chair reads the answer; the audit trail has it
        as(chair).get(review(both) + "/challenges").then().statusCode(200)
                .body("find { it.id == '" + challenge + "' }.answer", is(reply.get("answer")))
                .body("find { it.id == '" + challenge + "' }.status", is("ANSWERED"));
        as(admin()).get(base(P) + "/audit-trail?entityId=" + challenge).then().statusCode(200)
                .body("items.action", hasItem("ANSWERED")).body("items.actor", hasItem("southampton-police"));
    }

    @Test
    void agencySeesOnlyReviewsItContributesToAndOnlyItsOwnContributions() {
        String school = DemoTokens.southamptonSchool();
        String charity = DemoTokens.southamptonCharity();
        // not asked: 404, and not listed
        as(school).get(review(charityOnly)).then().statusCode(404);
        as(school).get(review(charityOnly) + "/information-requests").then().statusCode(404);
        as(school).get(reviews() + "?size=100").then().statusCode(200)
                .body("items.id", hasItems(both, published)).body("items.id", not(hasItem(charityOnly)))
                .body("items.id", not(hasItem(assigned)));
        // asked: the headline, and only its own request
        as(school).get(review(both)).then().statusCode(200).body("audience", is("CONTRIBUTOR"))
                .body("rapidReview", nullValue()).body("agencies", nullValue()).body("nextDeadline.rule", is("rapid-review"));
        List<String> schoolRequests = as(school).get(review(both) + "/information-requests").then().statusCode(200)
                .body("agency", everyItem(is("bitterne-park-school"))).extract().path("id");
        String charityRequest = as(charity).get(review(both) + "/information-requests").then().statusCode(200)
                .body("agency", everyItem(is("youth-options"))).extract().path("[0].id");
        // another agency's contribution: 404; its own: fine
        as(school).body(Map.of("chronology", "x", "summary", "y"))
                .post(review(both) + "/information-requests/" + charityRequest + "/contribution").then().statusCode(404);
        as(school).body(Map.of("chronology", "School chronology", "summary", "School summary"))
                .post(review(both) + "/information-requests/" + schoolRequests.get(0) + "/contribution").then().statusCode(200);
        // agencies neither run nor sign off
        as(school).body(Map.of("heldOn", NOTIFIED.toString())).post(review(both) + "/meeting").then().statusCode(403);
        as(school).body(Map.of("partner", "POLICE", "signatory", "x", "signedOn", NOTIFIED.toString())).post(review(both) + "/sign-offs").then().statusCode(403);
        as(school).get(review(both) + "/sign-offs").then().statusCode(403);
        // published learning is open to it
        as(school).get(review(published)).then().statusCode(200).body("audience", is("PUBLIC"));
        as(school).get(review(published) + "/findings").then().statusCode(200).body("size()", is(1));
        as(school).get(review(published) + "/information-requests").then().statusCode(404);
        // an agency token without an agency claim sees no contributions
        as(TestTokens.user("orphan").role(P, "relevant-agency").token()).get(review(both)).then().statusCode(404);
    }

    @Test
    void reviewerSeesAndEditsOnlyReviewsAssignedToThem() {
        String reviewer = DemoTokens.hipsReviewer();
        as(reviewer).get(reviews() + "?size=100").then().statusCode(200)
                .body("items.id", hasItems(assigned, published)).body("items.id", not(hasItems(unassigned, charityOnly, both)));
        as(reviewer).get(review(assigned)).then().statusCode(200).body("audience", is("FULL"));
        as(reviewer).body(Map.of("termsOfReference", "ToR", "methodology", "Systems"))
                .put(review(assigned) + "/terms-of-reference").then().statusCode(200);
        // an unassigned review does not exist for them
        as(reviewer).get(review(unassigned)).then().statusCode(404);
        as(reviewer).body(Map.of("termsOfReference", "ToR", "methodology", "Systems"))
                .put(review(unassigned) + "/terms-of-reference").then().statusCode(404);
        as(reviewer).body(recommendation("x", List.of("youth-options"))).post(review(unassigned) + "/recommendations").then().statusCode(404);
        as(reviewer).get(review(charityOnly)).then().statusCode(404);
        as(reviewer).get(review(unassigned) + "/involvement").then().statusCode(404);
        // the partnership's own decisions stay with the partnership
        as(reviewer).body(Map.of("username", "hips-reviewer", "declaredIndependent", true, "independenceDeclaration", "x", "appointedOn", NOTIFIED.toString()))
                .put(review(assigned) + "/reviewer").then().statusCode(403);
        as(reviewer).body(Map.of("response", "x", "agreedOn", NOTIFIED.toString())).put(review(assigned) + "/partnership-response").then().statusCode(403);
        as(reviewer).get(base(P) + "/notifications").then().statusCode(403);
    }

    @Test
    void practitionerSeesPublishedLearningOnly() {
        String practitioner = DemoTokens.southamptonPractitioner();
        as(practitioner).get(reviews() + "?size=100").then().statusCode(200)
                .body("items.status", everyItem(is("PUBLISHED"))).body("items.id", hasItem(published));
        as(practitioner).get(review(both)).then().statusCode(404);
        as(practitioner).get(review(published) + "/recommendations").then().statusCode(200);
        as(practitioner).get(review(both) + "/information-requests").then().statusCode(403);
        as(practitioner).get(review(published) + "/involvement").then().statusCode(403);
        as(practitioner).body(recommendation("x", List.of("youth-options"))).post(review(published) + "/recommendations").then().statusCode(403);
    }
}
