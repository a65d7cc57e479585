package org.lif.audits;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.Topics;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKafka;
import org.lif.testkit.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/** Small helpers that speak the audits API the way a client would. */
public final class Api {

    public static final String P = "southampton";
    /** Today in England: the date the service and its validation count in. */
    public static final LocalDate TODAY = TestClock.today();

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().log().ifValidationFails().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String base(String partnership) {
        return "/api/v1/partnerships/" + partnership;
    }

    public static String audits() {
        return base(P) + "/audits";
    }

    public static String audit(String id) {
        return audits() + "/" + id;
    }

    public static String admin() {
        return DemoTokens.southamptonAdmin();
    }

    public static String school() {
        return DemoTokens.southamptonSchool();
    }

    public static String charity() {
        return DemoTokens.southamptonCharity();
    }

    public static String chair() {
        return DemoTokens.hipsChair();
    }

    /** An agency user of southampton with the given agency. */
    public static String agencyUser(String partnership, String agency) {
        return TestTokens.user(agency + "-user").role(partnership, "relevant-agency").agency(agency).token();
    }

    public static Map<String, Object> plan(String title, String type, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("type", type);
        body.put("programmeYear", year);
        body.put("themes", List.of("Neglect"));
        body.put("subgroup", "SPIG");
        body.put("plannedStart", TODAY.toString());
        body.put("plannedEnd", TODAY.plusMonths(3).toString());
        body.put("lead", "Audit lead, SSCP team");
        return body;
    }

    public static String tool() {
        return as(admin()).body(Map.of("name", "Neglect audit tool",
                        "questions", List.of(Map.of("code", "Q1", "text", "Was the child seen and heard?"),
                                Map.of("code", "Q2", "text", "Was information shared in time?"))))
                .post(audits() + "/tools").then().statusCode(201).extract().path("id");
    }

    /** A planned and started thematic audit with the school and the charity taking part. */
    public static String startedAudit(String title) {
        String id = as(admin()).body(plan(title, "MULTI_AGENCY_THEMATIC", TODAY.getYear())).post(audits()).then().statusCode(201).extract().path("audit.id");
        as(admin()).body(Map.of("toolId", tool(), "agencies", List.of("bitterne-park-school", "youth-options"),
                        "caseSample", List.of("CASE-2025-014", "CASE-2025-022"), "returnsDueOn", TODAY.plusDays(14).toString()))
                .post(audit(id) + "/start").then().statusCode(200);
        return id;
    }

    public static Map<String, Object> returnBody(String grade) {
        return Map.of("answers", List.of(Map.of("question", "Q1", "caseRef", "CASE-2025-014", "grade", grade, "comment", "Seen alone at every visit."),
                Map.of("question", "Q2", "grade", grade)), "overallGrade", grade, "summary", "Sound practice overall.");
    }

    /** Events of the audits topic whose envelope satisfies the predicate (waits up to 30 seconds for the first). */
    public static Optional<EventEnvelope> event(Predicate<EventEnvelope> which) {
        List<ConsumerRecord<String, String>> records = TestKafka.read(Topics.AUDITS, Duration.ofSeconds(30),
                seen -> seen.stream().map(r -> EventCodec.read(r.value())).anyMatch(which));
        return records.stream().map(r -> EventCodec.read(r.value())).filter(which).findFirst();
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
