package org.lif.reviews;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.TestTokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Small helpers that speak the reviews API the way a client would. */
public final class Api {

    public static final String P = "southampton";

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().log().ifValidationFails().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String base(String partnership) {
        return "/api/v1/partnerships/" + partnership;
    }

    public static String reviews() {
        return base(P) + "/reviews";
    }

    public static String review(String id) {
        return reviews() + "/" + id;
    }

    public static String admin() {
        return DemoTokens.southamptonAdmin();
    }

    /** A safeguarding partner of southampton with no agency-confinement (local authority). */
    public static String localAuthority() {
        return TestTokens.user("southampton-dcs").role(P, "safeguarding-partner").agency("southampton-city-council").token();
    }

    public static String reviewer(String username) {
        return TestTokens.user(username).role(P, "independent-reviewer").token();
    }

    public static Map<String, Object> child(String pseudonym, String harm, boolean lookedAfter) {
        return Map.of("pseudonym", pseudonym, "ageBand", "UNDER_ONE", "harm", harm, "lookedAfter", lookedAfter);
    }

    public static Map<String, Object> notification(LocalDate aware, LocalDate notified, List<String> agencies, Map<?, ?>... children) {
        Map<String, Object> body = new HashMap<>();
        body.put("becameAwareOn", aware.toString());
        body.put("notifiedOn", notified.toString());
        body.put("children", List.of(children));
        body.put("summary", "Non-accidental injury to an infant; neglect suspected.");
        body.put("agenciesInvolved", agencies);
        return body;
    }

    /** Records a notification and returns the id of its rapid review. */
    public static String rapidReview(LocalDate aware, LocalDate notified, List<String> agencies) {
        return as(admin()).body(notification(aware, notified, agencies, child("Child T", "SERIOUS_HARM", false)))
                .post(base(P) + "/notifications").then().statusCode(201).extract().path("rapidReviewId");
    }

    public static Map<String, Object> outcome(LocalDate decidedOn, String decision, String followUpType, List<Map<String, Object>> actions) {
        Map<String, Object> body = new HashMap<>();
        body.put("decidedOn", decidedOn.toString());
        body.put("immediateLearning", "Strategy discussions did not include the school.");
        body.put("immediateActions", actions);
        body.put("decision", decision);
        body.put("reasons", "Criteria for a local review met: learning about multi-agency working.");
        body.put("themes", List.of("neglect", "Infant injury"));
        if (followUpType != null) {
            body.put("followUpType", followUpType);
        }
        return body;
    }

    public static Map<String, Object> recommendation(String text, List<String> agencies) {
        return Map.of("text", text, "targetAgencies", agencies, "themes", List.of("neglect"));
    }

    /** Takes a rapid review (opened on {@code notified}) through meeting, outcome and three sign-offs to the Panel. */
    public static void toPanel(String rapidId, LocalDate notified, String decision, String followUpType) {
        LocalDate meeting = notified.plusDays(7);
        as(admin()).body(Map.of("heldOn", meeting.toString(), "agencies", List.of("youth-options"), "notes", "All agencies attended."))
                .post(review(rapidId) + "/meeting").then().statusCode(200);
        as(admin()).body(outcome(meeting.plusDays(1), decision, followUpType, List.of()))
                .post(review(rapidId) + "/outcome").then().statusCode(200);
        for (String partner : List.of("LOCAL_AUTHORITY", "POLICE", "HEALTH")) {
            as(localAuthority()).body(Map.of("partner", partner, "signatory", "Lead for " + partner, "signedOn", meeting.plusDays(2).toString()))
                    .post(review(rapidId) + "/sign-offs").then().statusCode(201);
        }
        as(admin()).body(Map.of("submittedOn", meeting.plusDays(3).toString()))
                .post(review(rapidId) + "/panel-submission").then().statusCode(200);
    }

    /** A fresh LCSPR, decided {@code decided} (roughly), through its rapid review. */
    public static String lcspr(LocalDate notified) {
        String rapid = rapidReview(notified.minusDays(2), notified, List.of("youth-options", "bitterne-park-school"));
        toPanel(rapid, notified, "LCSPR", null);
        return as(admin()).get(review(rapid)).then().statusCode(200).extract().path("rapidReview.outcome.followUpReviewId");
    }

    public static Map<String, Object> report(String version, LocalDate receivedOn) {
        return Map.of("title", "LCSPR Child T", "version", version, "documentUrl", "https://docs.example.org/lcspr-child-t-" + version + ".pdf",
                "receivedOn", receivedOn.toString());
    }

    /** Appoints {@code reviewerName}, sets terms of reference, draft and final report. */
    public static void toFinalReport(String id, String reviewerName, LocalDate appointed) {
        as(admin()).body(Map.of("username", reviewerName, "declaredIndependent", true,
                        "independenceDeclaration", "No involvement with the family or agencies in the period reviewed.",
                        "appointedOn", appointed.toString()))
                .put(review(id) + "/reviewer").then().statusCode(200);
        as(admin()).body(Map.of("termsOfReference", "Period from pregnancy to the incident.", "methodology", "Systems methodology with practitioner events"))
                .put(review(id) + "/terms-of-reference").then().statusCode(200);
        as(admin()).body(report("draft-1", appointed.plusDays(30))).put(review(id) + "/draft-report").then().statusCode(200);
        as(admin()).body(report("final", appointed.plusDays(60))).put(review(id) + "/final-report").then().statusCode(200);
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
