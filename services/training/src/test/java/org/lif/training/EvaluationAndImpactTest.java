package org.lif.training;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestSmtp;
import org.lif.testkit.TestClock;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.lif.training.Api.*;

/** Attendance and charges, evaluation, certificate gating, scheduled 3/6-month follow-ups with a moved clock, figures. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class EvaluationAndImpactTest {


    @AfterEach
    void reset() {
        TestClockProducer.CLOCK.reset();
        TestSmtp.clear();
        setCharges("0", "0");
    }

    @Test
    void attendanceEvaluationCertificateFollowUpsAndFigures() {
        setCharges("50.00", "0");
        String course = createCourse("Neglect impact " + System.nanoTime(), List.of("neglect"));
        String session = createSession(course, 2, 5, true);
        String sam = DemoTokens.southamptonPractitioner();
        String samBooking = book(sam, session, "sam@bitterne.example").statusCode(201).extract().path("id");
        String other = practitioner("p-dna-" + System.nanoTime(), "youth-options");
        String otherBooking = book(other, session, "dna@x.example").statusCode(201).extract().path("id");
        String admin = DemoTokens.southamptonAdmin();
        Map<String, Object> register = Map.of("attendees", List.of(Map.of("bookingId", samBooking, "attendance", "ATTENDED"),
                Map.of("bookingId", otherBooking, "attendance", "DID_NOT_ATTEND")));

        // not before the session starts
        as(admin).body(register).post(base(S) + "/sessions/" + session + "/attendance").then().statusCode(409);
        as(sam).accept("application/pdf, application/problem+json").get(base(S) + "/bookings/" + samBooking + "/certificate").then().statusCode(409);

        TestClockProducer.CLOCK.advance(Duration.ofDays(3));
        as(admin).body(register).post(base(S) + "/sessions/" + session + "/attendance").then().statusCode(200)
                .body("find { it.id == '" + otherBooking + "' }.chargeReason", is("NON_ATTENDANCE"))
                .body("find { it.id == '" + otherBooking + "' }.chargeAmount", is(50.0f));
        as(DemoTokens.southamptonCharity()).get(base(S) + "/charges?size=100").then().statusCode(200)
                .body("items.bookingId", hasItem(otherBooking)).body("items.agency", everyItem(is("youth-options")));

        // certificate only after the evaluation, which only the attendee submits
        as(sam).accept("application/pdf, application/problem+json").get(base(S) + "/bookings/" + samBooking + "/certificate").then().statusCode(409).contentType("application/problem+json");
        Map<String, Object> evaluation = Map.of("confidenceBefore", 2, "confidenceAfter", 4, "outcomesMet", "FULLY", "comments", "Really useful");
        as(admin).body(evaluation).post(base(S) + "/bookings/" + samBooking + "/evaluation").then().statusCode(403);
        as(other).body(evaluation).post(base(S) + "/bookings/" + otherBooking + "/evaluation").then().statusCode(409);
        as(sam).body(evaluation).post(base(S) + "/bookings/" + samBooking + "/evaluation").then().statusCode(201);
        as(sam).body(evaluation).post(base(S) + "/bookings/" + samBooking + "/evaluation").then().statusCode(409);
        byte[] pdf = as(sam).accept("application/pdf").get(base(S) + "/bookings/" + samBooking + "/certificate").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4));
        // free text: the author and the partnership team, not the agency lead
        as(DemoTokens.southamptonSchool()).get(base(S) + "/bookings/" + samBooking + "/evaluation").then().statusCode(403);
        as(admin).get(base(S) + "/sessions/" + session + "/evaluations").then().statusCode(200).body("comments", hasItem("Really useful"));

        // 3 months later the job issues the 3-month follow-up (not yet the 6-month one), emailing attendee and line manager
        as(admin).post(base(S) + "/follow-ups/run").then().statusCode(200);
        as(sam).get(base(S) + "/follow-ups?size=100").then().body("items.bookingId", not(hasItem(samBooking)));
        TestClockProducer.CLOCK.advance(Duration.ofDays(95));
        as(admin).post(base(S) + "/follow-ups/run").then().statusCode(200).body("issued", greaterThanOrEqualTo(1));
        List<Map<String, Object>> mine = as(sam).get(base(S) + "/follow-ups?size=100").then().statusCode(200)
                .extract().path("items.findAll { it.bookingId == '" + samBooking + "' }");
        assertEquals(1, mine.size());
        assertEquals(3, mine.get(0).get("monthsAfter"));
        String threeMonth = (String) mine.get(0).get("id");
        assertFalse(TestSmtp.awaitMailTo("sam@bitterne.example", m -> m.subject().startsWith("3-month follow-up")).isEmpty());
        assertFalse(TestSmtp.awaitMailTo("manager@bitterne.example", m -> m.subject().contains("3-month follow-up")).isEmpty());
        // the non-attendee gets none
        as(other).get(base(S) + "/follow-ups?size=100").then().body("items", empty());

        // a week later unanswered: a reminder; answered, no more reminders
        TestClockProducer.CLOCK.advance(Duration.ofDays(8));
        as(admin).post(base(S) + "/follow-ups/run").then().statusCode(200).body("reminded", greaterThanOrEqualTo(1));
        assertFalse(TestSmtp.awaitMailTo("sam@bitterne.example", m -> m.subject().startsWith("Reminder: 3-month")).isEmpty());
        as(other).body(Map.of("practiceChanged", 4, "confidenceNow", 4)).post(base(S) + "/follow-ups/" + threeMonth + "/answer").then().statusCode(404);
        as(sam).body(Map.of("practiceChanged", 4, "confidenceNow", 5, "example", "I now use the toolkit at every visit"))
                .post(base(S) + "/follow-ups/" + threeMonth + "/answer").then().statusCode(200).body("status", is("ANSWERED"));
        as(DemoTokens.southamptonSchool()).body(Map.of("practiceChanged", 4, "comment", "Visible in supervision"))
                .post(base(S) + "/follow-ups/" + threeMonth + "/line-manager-view").then().statusCode(200).body("lineManagerScore", is(4));
        as(DemoTokens.southamptonCharity()).body(Map.of("practiceChanged", 1))
                .post(base(S) + "/follow-ups/" + threeMonth + "/line-manager-view").then().statusCode(404);

        // 6 months: the second follow-up; left unanswered it expires
        TestClockProducer.CLOCK.advance(Duration.ofDays(90));
        as(admin).post(base(S) + "/follow-ups/run").then().statusCode(200);
        List<Integer> months = as(sam).get(base(S) + "/follow-ups?size=100").then()
                .extract().path("items.findAll { it.bookingId == '" + samBooking + "' }.monthsAfter");
        assertTrue(months.containsAll(List.of(3, 6)), months.toString());
        TestClockProducer.CLOCK.advance(Duration.ofDays(40));
        as(admin).post(base(S) + "/follow-ups/run").then().statusCode(200).body("expired", greaterThanOrEqualTo(1));

        // figures: aggregated, per course and theme, no free text
        String from = TestClock.today().minusDays(1).toString();
        String to = TestClock.today().plusDays(5).toString();
        String json = as(DemoTokens.hipsChair()).get(base(S) + "/figures?from=" + from + "&to=" + to).then().statusCode(200)
                .body("byCourse.find { it.key == '" + course + "' }.attended", is(1))
                .body("byCourse.find { it.key == '" + course + "' }.evaluation.confidenceChange", is(2.0f))
                .body("byCourse.find { it.key == '" + course + "' }.impact.find { it.monthsAfter == 3 }.answered", is(1))
                .body("byCourse.find { it.key == '" + course + "' }.impact.find { it.monthsAfter == 3 }.practiceChanged", is(4.0f))
                .body("byCourse.find { it.key == '" + course + "' }.impact.find { it.monthsAfter == 6 }.expired", is(1))
                .body("byTheme.key", hasItem("neglect"))
                .body("reachByAgency.key", hasItems("bitterne-park-school", "youth-options"))
                .body("attendance.didNotAttend", greaterThanOrEqualTo(1))
                .extract().asString();
        assertFalse(json.contains("Really useful"));
        assertFalse(json.contains("toolkit at every visit"));
        as(DemoTokens.southamptonSchool()).get(base(S) + "/figures").then().statusCode(403);
        as(DemoTokens.southamptonAdmin()).get(base(S) + "/figures?from=nonsense").then().statusCode(400).contentType("application/problem+json");
    }
}
