package org.lif.reviews;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.lif.reviews.Api.*;

/** A rapid review from notification to the Panel's response, each decision, and the moves it refuses. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class RapidReviewLifecycleTest {

    static final LocalDate NOTIFIED = LocalDate.parse("2025-09-01");

    @Test
    void fromInformationRequestsToPanelResponseOpensTheLcspr() {
        String id = rapidReview(NOTIFIED.minusDays(3), NOTIFIED, List.of("youth-options"));
        // another agency asked later, with its own due date
        String schoolRequest = as(admin()).body(Map.of("agency", "bitterne-park-school", "dueOn", TestClock.today().plusDays(5).toString(), "note", "Attendance record"))
                .post(review(id) + "/information-requests").then().statusCode(201)
                .body("dueOn", is(TestClock.today().plusDays(5).toString())).extract().path("id");
        // each agency contributes its own
        as(DemoTokens.southamptonSchool()).body(Map.of("chronology", "Attendance fell from September.", "summary", "Two referrals to early help."))
                .post(review(id) + "/information-requests/" + schoolRequest + "/contribution").then().statusCode(200)
                .body("status", is("SUBMITTED")).body("submittedBy", is("southampton-school")).body("late", is(false));
        as(DemoTokens.southamptonSchool()).body(Map.of("chronology", "again", "summary", "again"))
                .post(review(id) + "/information-requests/" + schoolRequest + "/contribution").then().statusCode(409);

        as(admin()).body(Map.of("heldOn", NOTIFIED.plusDays(9).toString(), "agencies", List.of("youth-options", "bitterne-park-school")))
                .post(review(id) + "/meeting").then().statusCode(200).body("status", is("MEETING_HELD"))
                .body("rapidReview.meeting.heldOn", is(NOTIFIED.plusDays(9).toString()));
        as(admin()).body(outcome(NOTIFIED.plusDays(10), "LCSPR", null,
                        List.of(Map.of("text", "Share the safety plan with the school", "targetAgencies", List.of("bitterne-park-school"), "themes", List.of("information-sharing")))))
                .post(review(id) + "/outcome").then().statusCode(200).body("status", is("DECIDED"))
                .body("rapidReview.outcome.decision", is("LCSPR")).body("rapidReview.outcome.followUpType", is("LCSPR"))
                .body("themes", hasItems("neglect", "infant-injury", "information-sharing"))
                .body("recommendations.recommendationsIssued", is(1));
        as(admin()).get(review(id) + "/recommendations").then().statusCode(200)
                .body("[0].immediate", is(true)).body("[0].status", is("ISSUED"));

        // the three partners sign off, each once
        as(DemoTokens.southamptonPolice()).body(Map.of("partner", "POLICE", "signatory", "Detective Superintendent", "signedOn", NOTIFIED.plusDays(11).toString()))
                .post(review(id) + "/sign-offs").then().statusCode(201).body("partner", is("POLICE"));
        as(admin()).body(Map.of("submittedOn", NOTIFIED.plusDays(12).toString()))
                .post(review(id) + "/panel-submission").then().statusCode(409).body("detail", containsString("LOCAL_AUTHORITY"));
        as(localAuthority()).body(Map.of("partner", "POLICE", "signatory", "again", "signedOn", NOTIFIED.plusDays(11).toString()))
                .post(review(id) + "/sign-offs").then().statusCode(409);
        as(localAuthority()).body(Map.of("partner", "LOCAL_AUTHORITY", "signatory", "Director of Children's Services", "signedOn", NOTIFIED.plusDays(11).toString()))
                .post(review(id) + "/sign-offs").then().statusCode(201);
        as(admin()).body(Map.of("partner", "HEALTH", "signatory", "Chief Nurse, ICB", "signedOn", NOTIFIED.plusDays(12).toString(), "comment", "Agreed"))
                .post(review(id) + "/sign-offs").then().statusCode(201);
        as(DemoTokens.hipsChair()).get(review(id) + "/sign-offs").then().statusCode(200).body("partner", containsInAnyOrder("POLICE", "LOCAL_AUTHORITY", "HEALTH"));

        String lcspr = as(admin()).body(Map.of("submittedOn", NOTIFIED.plusDays(12).toString()))
                .post(review(id) + "/panel-submission").then().statusCode(200)
                .body("status", is("SUBMITTED_TO_PANEL")).body("nextDeadline", nullValue())
                .extract().path("rapidReview.outcome.followUpReviewId");
        as(admin()).get(review(lcspr)).then().statusCode(200)
                .body("type", is("LCSPR")).body("status", is("COMMISSIONED")).body("title", is("LCSPR: Child T"))
                .body("originReviewId", is(id))
                .body("review.decidedOn", is(NOTIFIED.plusDays(10).toString()))
                .body("review.finalReportDueOn", is(NOTIFIED.plusDays(10).plusMonths(6).toString()))
                .body("nextDeadline.rule", is("final-report"));

        as(admin()).body(Map.of("receivedOn", NOTIFIED.plusDays(30).toString(), "response", "The Panel agrees an LCSPR is appropriate.", "agreesWithDecision", true))
                .post(review(id) + "/panel-response").then().statusCode(200)
                .body("status", is("PANEL_RESPONDED")).body("rapidReview.panelResponse.agreesWithDecision", is(true));
    }

    @Test
    void otherDecisionsOpenTheRightReviewOrNone() {
        String none = rapidReview(NOTIFIED.minusDays(3), NOTIFIED, List.of("youth-options"));
        toPanel(none, NOTIFIED, "NO_FURTHER_REVIEW", null);
        as(admin()).get(review(none)).then().body("rapidReview.outcome.followUpReviewId", nullValue());

        String national = rapidReview(NOTIFIED.minusDays(3), NOTIFIED, List.of("youth-options"));
        toPanel(national, NOTIFIED, "NATIONAL_REVIEW", null);
        String nationalId = as(admin()).get(review(national)).then().extract().path("rapidReview.outcome.followUpReviewId");
        as(admin()).get(review(nationalId)).then().body("type", is("NATIONAL_REVIEW")).body("status", is("IN_PROGRESS"))
                .body("review.finalReportDueOn", nullValue());

        String local = rapidReview(NOTIFIED.minusDays(3), NOTIFIED, List.of("youth-options"));
        as(admin()).body(Map.of("heldOn", NOTIFIED.plusDays(7).toString())).post(review(local) + "/meeting").then().statusCode(200);
        as(admin()).body(outcome(NOTIFIED.plusDays(8), "OTHER_LOCAL_REVIEW", null, List.of()))
                .post(review(local) + "/outcome").then().statusCode(400).body("errors.field", hasItem("followUpType"));
        as(admin()).body(outcome(NOTIFIED.plusDays(8), "LCSPR", "MULTI_AGENCY_CASE_REVIEW", List.of()))
                .post(review(local) + "/outcome").then().statusCode(400).body("errors.field", hasItem("followUpType"));
    }

    @Test
    void otherLocalReviewFollowsWithItsType() {
        String local = rapidReview(NOTIFIED.minusDays(3), NOTIFIED, List.of("youth-options"));
        toPanel(local, NOTIFIED, "OTHER_LOCAL_REVIEW", "MULTI_AGENCY_CASE_REVIEW");
        String id = as(admin()).get(review(local)).then().extract().path("rapidReview.outcome.followUpReviewId");
        as(admin()).get(review(id)).then().body("type", is("MULTI_AGENCY_CASE_REVIEW")).body("title", is("Multi-agency case review: Child T"));
    }

    @Test
    void invalidMovesAreConflicts() {
        String id = rapidReview(NOTIFIED.minusDays(3), NOTIFIED, List.of("youth-options"));
        as(admin()).body(outcome(NOTIFIED.plusDays(8), "LCSPR", null, List.of()))
                .post(review(id) + "/outcome").then().statusCode(409).contentType("application/problem+json")
                .body("title", is("Not allowed in the current state")).body("detail", containsString("INFORMATION_GATHERING"));
        as(admin()).body(Map.of("partner", "POLICE", "signatory", "x", "signedOn", NOTIFIED.toString()))
                .post(review(id) + "/sign-offs").then().statusCode(409);
        as(admin()).body(Map.of("submittedOn", NOTIFIED.toString())).post(review(id) + "/panel-submission").then().statusCode(409);
        as(admin()).body(Map.of("receivedOn", NOTIFIED.toString(), "response", "x", "agreesWithDecision", true))
                .post(review(id) + "/panel-response").then().statusCode(409);
        as(admin()).body(Map.of("heldOn", NOTIFIED.plusDays(7).toString())).post(review(id) + "/meeting").then().statusCode(200);
        as(admin()).body(Map.of("heldOn", NOTIFIED.plusDays(7).toString())).post(review(id) + "/meeting").then().statusCode(409);
        // commissioned-review steps do not apply to a rapid review
        as(admin()).body(report("final", NOTIFIED)).put(review(id) + "/final-report").then().statusCode(409);
        as(admin()).body(Map.of("publishedOn", NOTIFIED.toString(), "url", "https://x.example/r.pdf")).post(review(id) + "/publication").then().statusCode(409);
        as(admin()).body(recommendation("x", List.of("youth-options"))).post(review(id) + "/recommendations").then().statusCode(409);
        // bad enum, missing body
        as(admin()).body(Map.of("partner", "FIRE_SERVICE", "signatory", "x", "signedOn", NOTIFIED.toString()))
                .post(review(id) + "/sign-offs").then().statusCode(400).body("errors.field", hasItem("partner"));
        as(admin()).post(review(id) + "/meeting").then().statusCode(400);
    }
}
