package org.lif.training;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestTokens;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Small helpers that speak the training API the way a client would. */
public final class Api {

    public static final String S = "southampton";

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().log().ifValidationFails().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String base(String partnership) {
        return "/api/v1/partnerships/" + partnership;
    }

    public static String practitioner(String username, String agency) {
        return TestTokens.user(username).role(S, "practitioner").agency(agency).token();
    }

    public static Map<String, Object> course(String title, List<String> themes) {
        return Map.of("title", title, "learningOutcomes", List.of("Recognise cumulative harm", "Use the neglect toolkit"),
                "audienceLevel", "LEVEL_3", "delivery", "FACE_TO_FACE", "themes", themes);
    }

    public static String createCourse(String title, List<String> themes) {
        return as(DemoTokens.southamptonAdmin()).body(course(title, themes)).post(base(S) + "/courses")
                .then().statusCode(201).extract().path("id");
    }

    /** A published session starting in {@code daysAhead} days (negative: in the past, unpublished record). */
    public static String createSession(String courseId, int daysAhead, int capacity, boolean publish) {
        OffsetDateTime start = TestClock.now().plusDays(daysAhead).withHour(9).withMinute(30).withSecond(0).withNano(0);
        Map<String, Object> body = new HashMap<>(Map.of("courseId", courseId, "startsAt", start.toString(),
                "endsAt", start.plusHours(3).toString(), "venue", "Civic Centre, Southampton", "trainer", "Jo Trainer",
                "capacity", capacity));
        String id = as(DemoTokens.southamptonAdmin()).body(body).post(base(S) + "/sessions").then().statusCode(201).extract().path("id");
        if (publish) {
            as(DemoTokens.southamptonAdmin()).post(base(S) + "/sessions/" + id + "/publish").then().statusCode(200);
        }
        return id;
    }

    public static Map<String, Object> booking(String email) {
        return Map.of("lineManagerEmail", "manager@bitterne.example", "email", email, "name", "Sam Practitioner", "sector", "EDUCATION");
    }

    public static io.restassured.response.ValidatableResponse book(String token, String sessionId, String email) {
        return as(token).body(booking(email)).post(base(S) + "/sessions/" + sessionId + "/bookings").then();
    }

    public static void setCharges(String nonAttendance, String late) {
        as(DemoTokens.southamptonAdmin()).body(Map.of("nonAttendanceCharge", nonAttendance, "lateCancellationCharge", late))
                .put(base(S) + "/training-settings/charges").then().statusCode(200);
    }
}
