package org.lif.journeys;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKeycloak;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The training and reporting services run as in production: a course on a learning theme, a session delivered a little
 * over three months ago whose attendees the organiser registers (the API records training already delivered; a past
 * session cannot be booked), attendance, the attendees' evaluations, a briefing on the theme cascaded by an agency, the
 * 3-month impact follow-ups issued by {@code POST /follow-ups/run} and one of them answered, with the line manager's
 * view. Reporting's dashboard counts it all from training's events, with exact figures. Only the public APIs are used,
 * with real tokens of the demo identities from the test Keycloak.
 */
class TrainingJourneyTest {

    static final String P = "/api/v1/partnerships/southampton";
    static RunningService training;
    static RunningService reporting;

    @BeforeAll
    static void startServices() {
        FreshInstallation.consumersStartAtTheEnd();
        training = RunningService.start("training", RunningService.environment("journey_training_training"));
        reporting = RunningService.start("reporting", RunningService.environment("journey_training_reporting"));
        RunningService.awaitAllReady(training, reporting);
    }

    @AfterAll
    static void stopServices() {
        RunningService.closeAll(training, reporting);
    }

    static RequestSpecification as(RunningService service, String token) {
        return service.as(token);
    }

    @Test
    void deliveredTrainingItsEvaluationAndThreeMonthImpactReachTheDashboard() {
        String admin = TestKeycloak.token("southampton-admin");
        String practitioner = TestKeycloak.token("southampton-practitioner"); // bitterne-park-school
        String charity = TestKeycloak.token("southampton-charity");           // youth-options
        String police = TestKeycloak.token("southampton-police");             // hampshire-constabulary
        String schoolLead = TestKeycloak.token("southampton-school");         // bitterne-park-school's agency lead

        // the programme: a course on a learning theme, and a session it delivered three months and ten days ago
        String course = as(training, admin).body(Map.of("title", "Child exploitation: spotting the signs",
                        "learningOutcomes", List.of("Recognise signs of criminal exploitation", "Use the exploitation screening tool"),
                        "audienceLevel", "LEVEL_3", "delivery", "FACE_TO_FACE", "themes", List.of("Child exploitation")))
                .post(P + "/courses").then().statusCode(201).body("themes", is(List.of("child-exploitation"))).extract().path("id");
        OffsetDateTime start = TestClock.now().minusMonths(3).minusDays(10).withHour(9).withMinute(30).withSecond(0).withNano(0);
        String session = as(training, admin).body(Map.of("courseId", course, "startsAt", start.toString(), "endsAt", start.plusHours(3).toString(),
                        "venue", "Civic Centre, Southampton", "trainer", "Jo Trainer", "capacity", 20))
                .post(P + "/sessions").then().statusCode(201).extract().path("id");
        as(training, admin).post(P + "/sessions/" + session + "/publish").then().statusCode(200);
        // a session that has started cannot be booked; the organiser registers who came
        as(training, practitioner).body(Map.of("lineManagerEmail", "manager@bitterne.example"))
                .post(P + "/sessions/" + session + "/bookings").then().statusCode(409);
        String samBooking = register(admin, session, "southampton-practitioner", "Sam Practitioner", "bitterne-park-school", "EDUCATION");
        String charityBooking = register(admin, session, "southampton-charity", "Chris Youthworker", "youth-options", "VOLUNTARY_AND_COMMUNITY");
        String policeBooking = register(admin, session, "southampton-police", "Priya Patel", "hampshire-constabulary", "POLICE");

        // attendance: two attended, the police officer did not
        as(training, admin).body(Map.of("attendees", List.of(
                        Map.of("bookingId", samBooking, "attendance", "ATTENDED"),
                        Map.of("bookingId", charityBooking, "attendance", "ATTENDED"),
                        Map.of("bookingId", policeBooking, "attendance", "DID_NOT_ATTEND"))))
                .post(P + "/sessions/" + session + "/attendance").then().statusCode(200).body("size()", is(3));

        // evaluations, by the attendees themselves; then the certificate
        as(training, practitioner).accept("application/pdf, application/problem+json")
                .get(P + "/bookings/" + samBooking + "/certificate").then().statusCode(409);
        as(training, practitioner).body(Map.of("confidenceBefore", 2, "confidenceAfter", 4, "outcomesMet", "FULLY",
                "comments", "The screening tool is clear")).post(P + "/bookings/" + samBooking + "/evaluation").then().statusCode(201);
        as(training, charity).body(Map.of("confidenceBefore", 3, "confidenceAfter", 4, "outcomesMet", "PARTLY"))
                .post(P + "/bookings/" + charityBooking + "/evaluation").then().statusCode(201);
        as(training, police).body(Map.of("confidenceBefore", 3, "confidenceAfter", 3, "outcomesMet", "NOT_MET"))
                .post(P + "/bookings/" + policeBooking + "/evaluation").then().statusCode(409);
        byte[] pdf = as(training, practitioner).accept("application/pdf").get(P + "/bookings/" + samBooking + "/certificate")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4));

        // a seven-minute briefing on the theme, cascaded by the charity to 12 staff
        String briefing = as(training, admin).body(Map.of("title", "Seven-minute briefing: exploitation", "kind", "SEVEN_MINUTE_BRIEFING",
                        "summary", "1. Background ... 7. Questions for reflection", "themes", List.of("child-exploitation")))
                .post(P + "/briefings").then().statusCode(201).extract().path("id");
        as(training, admin).post(P + "/briefings/" + briefing + "/publish").then().statusCode(200).body("status", is("PUBLISHED"));
        as(training, charity).body(Map.of("countReached", 12, "cascadedOn", TestClock.today().minusDays(1).toString()))
                .post(P + "/briefings/" + briefing + "/cascades").then().statusCode(201);

        // three months on: the follow-up check (run now; the hourly job may have run already) issues the 3-month
        // follow-up to each attendee, not to the officer who did not attend, and not yet the 6-month one
        as(training, admin).post(P + "/follow-ups/run").then().statusCode(200);
        String samFollowUp = onlyFollowUp(practitioner, samBooking);
        String charityFollowUp = onlyFollowUp(charity, charityBooking);
        assertNotEquals(samFollowUp, charityFollowUp);
        as(training, police).get(P + "/follow-ups?size=100").then().statusCode(200).body("items", empty());
        // the attendee answers; the agency lead records the line manager's view; the charity's stays open
        as(training, charity).body(Map.of("practiceChanged", 1, "confidenceNow", 1))
                .post(P + "/follow-ups/" + samFollowUp + "/answer").then().statusCode(404);
        as(training, practitioner).body(Map.of("practiceChanged", 4, "confidenceNow", 5, "example", "I use the screening tool at every review"))
                .post(P + "/follow-ups/" + samFollowUp + "/answer").then().statusCode(200).body("status", is("ANSWERED"));
        as(training, schoolLead).body(Map.of("practiceChanged", 4, "comment", "Visible in supervision"))
                .post(P + "/follow-ups/" + samFollowUp + "/line-manager-view").then().statusCode(200).body("lineManagerScore", is(4));

        // training's own figures for the course
        as(training, TestKeycloak.token("hips-chair")).get(P + "/figures").then().statusCode(200)
                .body("byCourse.find { it.key == '" + course + "' }.attended", is(2))
                .body("byCourse.find { it.key == '" + course + "' }.impact.find { it.monthsAfter == 3 }.answered", is(1));

        // reporting's dashboard, from training's events: for the partnership, and for the theme
        List<List<String>> expectedSummary = List.of(List.of("attended", "2"), List.of("did not attend", "1"),
                List.of("non-attendance percent", "33.3"), List.of("agencies reached", "2"), List.of("evaluations", "2"),
                List.of("mean confidence before", "2.5"), List.of("mean confidence after", "4.0"),
                List.of("outcomes fully met percent", "50.0"), List.of("briefing cascades", "1"),
                List.of("staff reached by cascades", "12"), List.of("briefings published", "1"), List.of("sessions cancelled", "0"));
        List<List<String>> expectedImpact = List.of(List.of("after 3 months", "1", "4.0", "5.0"));
        eventually("training figures in reporting", () -> {
            ValidatableResponse d = as(reporting, admin).get(P + "/dashboard").then().statusCode(200);
            return expectedSummary.equals(table(d, "training-summary")) && expectedImpact.equals(table(d, "training-impact")) ? d : null;
        });
        for (String theme : new String[]{null, "Child exploitation"}) {
            RequestSpecification request = as(reporting, admin);
            if (theme != null) {
                request.queryParam("theme", theme);
            }
            ValidatableResponse d = request.get(P + "/dashboard").then().statusCode(200);
            String query = "theme " + theme;
            assertEquals(expectedSummary, table(d, "training-summary"), query);
            assertEquals(List.of(List.of("bitterne-park-school", "1", "0", "0.0"), List.of("hampshire-constabulary", "0", "1", "100.0"),
                    List.of("youth-options", "1", "0", "0.0")), table(d, "training-reach"), query);
            assertEquals(List.of(List.of("FULLY", "1", "2.0", "4.0"), List.of("PARTLY", "1", "3.0", "4.0")), table(d, "training-evaluation"), query);
            assertEquals(expectedImpact, table(d, "training-impact"), query);
        }
        // another theme: none of it
        ValidatableResponse other = as(reporting, admin).get(P + "/dashboard?theme=neglect").then().statusCode(200);
        assertEquals(List.of(), table(other, "training-reach"));
        // the charity, an agency, sees its own agency's training figures only
        ValidatableResponse mine = as(reporting, charity).get(P + "/dashboard").then().statusCode(200);
        assertEquals(List.of(List.of("youth-options", "1", "0", "0.0")), table(mine, "training-reach"));
        assertEquals(List.of(List.of("PARTLY", "1", "3.0", "4.0")), table(mine, "training-evaluation"));
    }

    String register(String admin, String session, String username, String name, String agency, String sector) {
        return as(training, admin).body(Map.of("practitioner", username, "name", name, "email", username + "@lif.example",
                        "lineManagerEmail", "manager@" + agency + ".example", "agency", agency, "sector", sector))
                .post(P + "/sessions/" + session + "/registrations").then().statusCode(201).body("status", is("CONFIRMED"))
                .extract().path("id");
    }

    /** The caller's only follow-up: the 3-month one of that booking, open. */
    String onlyFollowUp(String token, String booking) {
        List<Map<String, Object>> items = as(training, token).get(P + "/follow-ups?size=100").then().statusCode(200).extract().path("items");
        assertEquals(1, items.size(), "follow-ups: " + items);
        assertEquals(booking, items.get(0).get("bookingId"));
        assertEquals(3, items.get(0).get("monthsAfter"));
        assertEquals("OPEN", items.get(0).get("status"));
        return (String) items.get(0).get("id");
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
        return Eventually.value(what, probe, training, reporting);
    }
}
