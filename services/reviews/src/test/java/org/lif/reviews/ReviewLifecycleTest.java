package org.lif.reviews;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.platform.calendar.WorkingDayCalendar;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.lif.reviews.Api.*;

/** An LCSPR from appointment to publication and evidencing impact; the other review types; the moves refused. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class ReviewLifecycleTest {

    static final WorkingDayCalendar CAL = WorkingDayCalendar.englandAndWales();
    static final LocalDate TODAY = TestClock.today();

    @Test
    void lcsprFromReviewerToPublishedLearningAndEvidencedImpact() {
        // a working day, so that the day before it is too early (from a Saturday, Friday would be as many working days on)
        LocalDate published = CAL.nextWorkingDayOnOrAfter(TODAY.minusMonths(13));
        LocalDate sent = CAL.subtractWorkingDays(published, 7);
        LocalDate notified = published.minusMonths(8);
        String id = lcspr(notified);

        as(admin()).body(Map.of("username", "jo-reviewer", "declaredIndependent", false, "independenceDeclaration", "x",
                        "appointedOn", notified.plusDays(20).toString()))
                .put(review(id) + "/reviewer").then().statusCode(400).body("errors.field", hasItem("declaredIndependent"));
        // nothing before the reviewer: no draft report
        as(admin()).body(report("draft-1", notified.plusDays(20))).put(review(id) + "/draft-report").then().statusCode(409);
        as(admin()).body(Map.of("username", "jo-reviewer", "declaredIndependent", true,
                        "independenceDeclaration", "No involvement with the family or the agencies.", "appointedOn", notified.plusDays(20).toString()))
                .put(review(id) + "/reviewer").then().statusCode(200).body("status", is("IN_PROGRESS"))
                .body("review.reviewer.username", is("jo-reviewer"));

        String jo = reviewer("jo-reviewer");
        as(jo).body(report("draft-1", notified.plusDays(40))).put(review(id) + "/draft-report").then().statusCode(409)
                .body("detail", containsString("terms of reference"));
        as(jo).body(Map.of("termsOfReference", "From birth to the incident.", "methodology", "Learning events with practitioners"))
                .put(review(id) + "/terms-of-reference").then().statusCode(200).body("review.methodology", is("Learning events with practitioners"));
        as(jo).body(Map.of("participant", "PRACTITIONER", "role", "health visitor", "agency", "youth-options", "outcome", "TOOK_PART", "recordedOn", notified.plusDays(30).toString()))
                .post(review(id) + "/involvement").then().statusCode(201);
        as(jo).body(Map.of("participant", "FAMILY", "role", "mother", "outcome", "DECLINED", "recordedOn", notified.plusDays(31).toString()))
                .post(review(id) + "/involvement").then().statusCode(201);
        as(jo).body(Map.of("participant", "FAMILY", "role", "Jane Smith 07700900123", "outcome", "INVITED", "recordedOn", notified.plusDays(31).toString()))
                .post(review(id) + "/involvement").then().statusCode(400).body("errors.field", hasItem("role"));
        as(DemoTokens.hipsChair()).get(review(id) + "/involvement").then().statusCode(200)
                .body("role", contains("health visitor", "mother")).body("outcome", contains("TOOK_PART", "DECLINED"));

        // the final report comes after a draft
        as(jo).body(report("final", notified.plusDays(50))).put(review(id) + "/final-report").then().statusCode(409);
        as(jo).body(report("draft-1", notified.plusDays(60))).put(review(id) + "/draft-report").then().statusCode(200).body("status", is("DRAFT_REPORT"));
        as(jo).body(Map.of("text", "Fathers were not seen by health or children's social care.", "themes", List.of("Invisible men")))
                .post(review(id) + "/findings").then().statusCode(201).body("themes", contains("invisible-men"));
        String rec = as(jo).body(recommendation("Agencies assess every adult male in the household", List.of("youth-options", "bitterne-park-school")))
                .post(review(id) + "/recommendations").then().statusCode(201).body("status", is("DRAFT")).extract().path("id");
        // not issued before the final report; never by the reviewer
        as(admin()).post(review(id) + "/recommendations/" + rec + "/issue").then().statusCode(409);
        as(jo).post(review(id) + "/recommendations/" + rec + "/issue").then().statusCode(403);
        as(jo).body(report("final", notified.plusDays(90))).put(review(id) + "/final-report").then().statusCode(200)
                .body("status", is("FINAL_REPORT")).body("review.finalReport.version", is("final"));
        as(admin()).post(review(id) + "/recommendations/" + rec + "/issue").then().statusCode(200)
                .body("status", is("ISSUED")).body("issuedOn", is(TODAY.toString()));
        as(admin()).post(review(id) + "/recommendations/" + rec + "/issue").then().statusCode(409);

        // report to the Panel and the Secretary of State at least 7 working days before publication
        as(admin()).body(Map.of("sentOn", sent.toString(), "plannedPublicationOn", published.toString()))
                .post(review(id) + "/panel-notice").then().statusCode(409).body("detail", containsString("partnership's response"));
        as(admin()).body(Map.of("response", "The partnership accepts every recommendation.", "agreedOn", sent.minusDays(3).toString()))
                .put(review(id) + "/partnership-response").then().statusCode(200);
        as(admin()).body(Map.of("sentOn", sent.plusDays(1).toString(), "plannedPublicationOn", published.toString()))
                .post(review(id) + "/panel-notice").then().statusCode(400).body("errors.field", hasItem("plannedPublicationOn"));
        as(admin()).body(Map.of("sentOn", sent.toString(), "plannedPublicationOn", published.toString()))
                .post(review(id) + "/panel-notice").then().statusCode(200).body("status", is("SENT_TO_PANEL"))
                .body("nextDeadline.rule", is("planned-publication")).body("nextDeadline.dueOn", is(published.toString()));
        // publication: not before 7 working days after the notice; may come down at least a year later
        as(admin()).body(Map.of("publishedOn", published.minusDays(1).toString(), "url", "https://scp.example.org/lcspr-child-t.pdf"))
                .post(review(id) + "/publication").then().statusCode(409);
        as(admin()).body(Map.of("publishedOn", published.toString(), "url", "https://scp.example.org/lcspr-child-t.pdf",
                        "mayComeDownOn", published.plusMonths(11).toString()))
                .post(review(id) + "/publication").then().statusCode(400).body("errors.field", hasItem("mayComeDownOn"));
        as(admin()).body(Map.of("publishedOn", published.toString(), "url", "https://scp.example.org/lcspr-child-t.pdf"))
                .post(review(id) + "/publication").then().statusCode(200).body("status", is("PUBLISHED"))
                .body("publication.mayComeDownOn", is(published.plusYears(1).toString()))
                .body("nextDeadline.rule", is("evidencing-impact"))
                .body("nextDeadline.dueOn", is(published.plusMonths(24).toString()));

        // published learning: the practitioner reads it
        as(DemoTokens.southamptonPractitioner()).get(review(id)).then().statusCode(200)
                .body("audience", is("PUBLIC")).body("publication.url", is("https://scp.example.org/lcspr-child-t.pdf"))
                .body("review", nullValue()).body("agencies", nullValue());
        as(DemoTokens.southamptonPractitioner()).get(review(id) + "/findings").then().statusCode(200).body("size()", is(1));
        as(DemoTokens.southamptonPractitioner()).get(review(id) + "/recommendations").then().statusCode(200).body("size()", is(1));

        // evidencing impact: 12-24 months after publication
        as(admin()).body(Map.of("title", "Invisible men: practitioner event", "plannedOn", published.plusMonths(11).toString()))
                .post(review(id) + "/impact-events").then().statusCode(400).body("errors.field", hasItem("plannedOn"));
        String event = as(admin()).body(Map.of("title", "Invisible men: practitioner event", "plannedOn", TODAY.toString()))
                .post(review(id) + "/impact-events").then().statusCode(201).body("status", is("PLANNED")).extract().path("id");
        as(admin()).body(Map.of("heldOn", TODAY.toString(), "participants", 34, "practiceChanged", "PARTLY",
                        "findings", "Health visitors now record fathers; social care assessments still miss them."))
                .post(review(id) + "/impact-events/" + event + "/outcome").then().statusCode(200).body("status", is("HELD"));
        as(admin()).body(Map.of("heldOn", TODAY.toString(), "participants", 1, "practiceChanged", "YES", "findings", "x"))
                .post(review(id) + "/impact-events/" + event + "/outcome").then().statusCode(409);
        as(admin()).get(review(id)).then().body("impactEvidencedOn", is(TODAY.toString())).body("nextDeadline", nullValue());
    }

    @Test
    void otherReviewTypesOpenDirectlyButNotAnLcsprOrARapidReview() {
        Map<String, Object> open = Map.of("type", "LCSPR", "title", "LCSPR: Child Q", "decidedOn", "2025-03-03");
        as(admin()).body(open).post(reviews()).then().statusCode(409).body("detail", containsString("decision"));
        as(admin()).body(Map.of("type", "RAPID_REVIEW", "title", "x", "decidedOn", "2025-03-03")).post(reviews()).then().statusCode(409);
        String id = as(admin()).body(Map.of("type", "CHILD_DEATH_REVIEW_LEARNING", "title", "CDOP learning: safer sleep",
                        "decidedOn", "2025-03-03", "themes", List.of("Safer sleep"), "agencies", List.of("youth-options")))
                .post(reviews()).then().statusCode(201).body("status", is("COMMISSIONED"))
                .body("review.finalReportDueOn", is("2025-09-03")).body("themes", contains("safer-sleep")).extract().path("id");
        toFinalReport(id, "kim-reviewer", LocalDate.parse("2025-03-10"));
        // no Panel notice needed outside an LCSPR; a decision not to publish, with reasons
        as(admin()).body(Map.of("decidedOn", "2025-06-01", "reasons", "Family could be identified; learning shared in a briefing instead."))
                .post(review(id) + "/non-publication").then().statusCode(200).body("status", is("NOT_PUBLISHED"))
                .body("publication.notPublishedReasons", containsString("briefing"))
                .body("nextDeadline.rule", is("evidencing-impact"));
        as(admin()).body(Map.of("publishedOn", "2025-06-02", "url", "https://x.example/r.pdf")).post(review(id) + "/publication").then().statusCode(409);
        // not published: practitioners do not see it
        as(DemoTokens.southamptonPractitioner()).get(review(id)).then().statusCode(404);

        String mac = as(admin()).body(Map.of("type", "MULTI_AGENCY_CASE_REVIEW", "title", "Multi-agency case review: Child R", "decidedOn", "2025-03-03"))
                .post(reviews()).then().statusCode(201).extract().path("id");
        toFinalReport(mac, "kim-reviewer", LocalDate.parse("2025-03-10"));
        as(admin()).body(Map.of("publishedOn", "2025-06-02", "url", "https://scp.example.org/mac-child-r.pdf"))
                .post(review(mac) + "/publication").then().statusCode(200).body("status", is("PUBLISHED"));
    }

    @Test
    void invalidInputIsAProblemNeverAServerError() {
        as(admin()).body(Map.of("type", "SOMETHING", "title", "x", "decidedOn", "2025-03-03")).post(reviews()).then().statusCode(400)
                .body("errors.field", hasItem("type"));
        as(admin()).body(Map.of("type", "INDIVIDUAL_AGENCY_REVIEW", "title", "", "decidedOn", "not-a-date")).post(reviews()).then().statusCode(400);
        as(admin()).get(reviews() + "/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        as(admin()).get(reviews() + "?status=NOPE").then().statusCode(400);
        as(admin()).get(reviews() + "?size=1000").then().statusCode(400);
    }
}
