package org.lif.actionplans;

import org.lif.testkit.TestClock;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Small helpers that speak the action-plans API the way a client would. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().log().ifValidationFails().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String base(String partnership) {
        return "/api/v1/partnerships/" + partnership;
    }

    public static Map<String, Object> plan(String title) {
        return Map.of("title", title, "source", Map.of("type", "REVIEW", "reference", "rev-" + title.hashCode()),
                "scope", "MULTI_AGENCY", "subgroup", "SILG", "themes", List.of("neglect", "domestic-abuse"));
    }

    public static Map<String, Object> action(String agency, LocalDate due) {
        return Map.of("description", "Refresh neglect toolkit training for " + agency, "ownerAgency", agency,
                "lead", "Designated safeguarding lead", "dueDate", due.toString());
    }

    public static String createPlan(String token, String partnership, String title) {
        return as(token).body(plan(title)).post(base(partnership) + "/action-plans")
                .then().statusCode(201).extract().path("id");
    }

    public static String createAction(String token, String partnership, String planId, String agency, LocalDate due) {
        return as(token).body(action(agency, due)).post(base(partnership) + "/action-plans/" + planId + "/actions")
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse getAction(String token, String partnership, String actionId) {
        return as(token).get(base(partnership) + "/actions/" + actionId).then();
    }

    public static Map<String, Object> textEvidence(String description) {
        return Map.of("kind", "TEXT", "description", description, "refersTo", TestClock.today().minusDays(3).toString());
    }
}
