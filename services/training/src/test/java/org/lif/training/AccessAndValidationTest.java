package org.lif.training;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.lif.training.Api.*;

/** The access matrix (roles, agencies, own records, partnerships) and problem+json for bad input. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class AccessAndValidationTest {

    @Test
    void accessMatrix() {
        String course = createCourse("Access " + System.nanoTime(), List.of("neglect"));
        String session = createSession(course, 30, 10, true);
        String draft = createSession(course, 40, 10, false);
        String sam = DemoTokens.southamptonPractitioner();
        String samBooking = book(sam, session, "sam@x.example").statusCode(201).extract().path("id");
        String colleague = practitioner("p-colleague-" + System.nanoTime(), "bitterne-park-school");
        String colleagueBooking = book(colleague, session, "col@x.example").statusCode(201).extract().path("id");
        String charity = practitioner("p-charity-" + System.nanoTime(), "youth-options");
        String charityBooking = book(charity, session, "ch@x.example").statusCode(201).extract().path("id");

        given().get(base(S) + "/bookings").then().statusCode(401).contentType("application/problem+json");
        // practitioner: own bookings only, even of the same agency; cannot run the programme
        as(sam).get(base(S) + "/bookings?size=100").then().statusCode(200).body("items.practitioner", everyItem(is("southampton-practitioner")));
        as(sam).get(base(S) + "/bookings/" + colleagueBooking).then().statusCode(404);
        as(sam).post(base(S) + "/bookings/" + colleagueBooking + "/cancel").then().statusCode(404);
        as(sam).body(course("x", List.of())).post(base(S) + "/courses").then().statusCode(403).contentType("application/problem+json");
        as(sam).get(base(S) + "/sessions/" + draft).then().statusCode(404);
        as(sam).get(base(S) + "/charges").then().statusCode(403);
        as(sam).get(base(S) + "/figures").then().statusCode(403);
        as(sam).get(base(S) + "/courses/" + course).then().statusCode(200);
        // relevant agency: its agency's bookings, not another's
        as(DemoTokens.southamptonSchool()).get(base(S) + "/bookings?size=100&sessionId=" + session).then().statusCode(200)
                .body("items.id", hasItems(samBooking, colleagueBooking)).body("items.id", not(hasItem(charityBooking)));
        as(DemoTokens.southamptonSchool()).get(base(S) + "/bookings/" + charityBooking).then().statusCode(404);
        // safeguarding partner: their own agency's bookings
        as(DemoTokens.southamptonPolice()).get(base(S) + "/bookings?size=100&sessionId=" + session).then().statusCode(200)
                .body("items", empty());
        // partnership admin: everything; chair: figures, not people's bookings
        as(DemoTokens.southamptonAdmin()).get(base(S) + "/bookings?size=100&sessionId=" + session).then()
                .body("items.id", hasItems(samBooking, colleagueBooking, charityBooking));
        as(DemoTokens.hipsChair()).get(base(S) + "/bookings").then().statusCode(403);
        as(DemoTokens.hipsChair()).get(base(S) + "/figures").then().statusCode(200);
        as(DemoTokens.hipsReviewer()).get(base(S) + "/courses").then().statusCode(403);
        // nothing crosses partnerships
        as(DemoTokens.portsmouthAdmin()).get(base(S) + "/sessions/" + session).then().statusCode(403);
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/sessions/" + session).then().statusCode(404);
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/bookings/" + samBooking).then().statusCode(404);
        as(DemoTokens.portsmouthSchool()).body(booking("m@x.example")).post(base("portsmouth") + "/sessions/" + session + "/bookings").then().statusCode(404);
        // admin (no agency in token) cannot book for themselves, but can register someone
        as(DemoTokens.southamptonAdmin()).body(booking("a@x.example")).post(base(S) + "/sessions/" + session + "/bookings").then().statusCode(403);
    }

    @Test
    void auditTrailShowsASafeguardingPartnerItsOwnAgencysPeopleOnly() {
        String course = createCourse("Audit trail " + System.nanoTime(), List.of());
        String session = createSession(course, 30, 10, true);
        String officer = practitioner("p-officer-" + System.nanoTime(), "hampshire-constabulary");
        String officerBooking = book(officer, session, "officer@x.example").statusCode(201).extract().path("id");
        String teacher = practitioner("p-teacher-" + System.nanoTime(), "bitterne-park-school");
        String teacherBooking = book(teacher, session, "teacher@x.example").statusCode(201).extract().path("id");
        as(teacher).post(base(S) + "/bookings/" + teacherBooking + "/cancel").then().statusCode(200);
        String trail = base(S) + "/audit-trail?size=100";

        // the police (a safeguarding partner, agency lead in training): its own officer's booking and the programme itself
        as(DemoTokens.southamptonPolice()).get(trail).then().statusCode(200)
                .body("items.entityId", hasItems(officerBooking, session, course))
                .body("items.entityId", not(hasItem(teacherBooking)));
        as(DemoTokens.southamptonPolice()).get(trail + "&entityId=" + teacherBooking).then().statusCode(200).body("items", empty());
        // the partnership team and the chair read every entry
        as(DemoTokens.southamptonAdmin()).get(trail + "&entityId=" + teacherBooking).then().statusCode(200)
                .body("items.action", hasItems("BOOKED", "CANCELLED"));
        as(DemoTokens.hipsChair()).get(trail).then().statusCode(200).body("items.entityId", hasItems(officerBooking, teacherBooking));
        // agencies and practitioners do not read the audit trail
        as(DemoTokens.southamptonSchool()).get(trail).then().statusCode(403).contentType("application/problem+json");
        as(teacher).get(trail).then().statusCode(403);
    }

    @Test
    void badInputIsAProblemNeverA500() {
        String admin = DemoTokens.southamptonAdmin();
        as(admin).body("{\"title\": \"unterminated").post(base(S) + "/courses").then().statusCode(400)
                .contentType("application/problem+json").body(not(containsString("Exception")));
        as(admin).body(Map.of()).post(base(S) + "/courses").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("title", "learningOutcomes", "audienceLevel", "delivery"));
        as(admin).body(Map.of("title", "x", "learningOutcomes", List.of("y"), "audienceLevel", "LEVEL_9", "delivery", "FACE_TO_FACE"))
                .post(base(S) + "/courses").then().statusCode(400).contentType("application/problem+json");
        String course = createCourse("Validation " + System.nanoTime(), List.of());
        as(admin).body(Map.of("courseId", course, "startsAt", "2030-01-01T10:00:00Z", "endsAt", "2030-01-01T09:00:00Z",
                "venue", "x", "trainer", "t", "capacity", 0)).post(base(S) + "/sessions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("capacity"));
        as(admin).body(Map.of("courseId", course, "startsAt", "2030-01-01T10:00:00Z", "endsAt", "2030-01-01T09:00:00Z",
                "venue", "x", "trainer", "t", "capacity", 3)).post(base(S) + "/sessions").then().statusCode(400)
                .body("errors.field", hasItem("endsAt"));
        as(admin).get(base(S) + "/sessions/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        as(admin).get(base(S) + "/sessions?size=1000").then().statusCode(400).contentType("application/problem+json");
        String session = createSession(course, 30, 3, true);
        as(DemoTokens.southamptonPractitioner()).body(Map.of("lineManagerEmail", "not-an-email")).post(base(S) + "/sessions/" + session + "/bookings")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("lineManagerEmail"));
        as(DemoTokens.southamptonPractitioner()).body(Map.of("lineManagerEmail", "m@x.example")).post(base(S) + "/sessions/" + session + "/bookings")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("email"));
        as(admin).body(Map.of("nonAttendanceCharge", -1, "lateCancellationCharge", 5)).put(base(S) + "/training-settings/charges")
                .then().statusCode(400).body("errors.field", hasItem("nonAttendanceCharge"));
        as(admin).body(Map.of("attendees", List.of(Map.of("bookingId", java.util.UUID.randomUUID().toString(), "attendance", "ATTENDED"))))
                .post(base(S) + "/sessions/" + session + "/attendance").then().statusCode(409);
    }
}
