package org.lif.reporting;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.lif.testkit.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

/** Small helpers that speak the reporting API the way a client would. */
public final class Api {

    private Api() {
    }

    /** A partnership of its own for a test class: a known data set nobody else writes to. */
    public static String newPartnership(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String token) {
        return given().log().ifValidationFails().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String base(String partnership) {
        return "/api/v1/partnerships/" + partnership;
    }

    public static String admin(String p) {
        return TestTokens.user(p + "-admin").role(p, "partnership-admin").token();
    }

    public static String partner(String p, String agency) {
        return TestTokens.user(p + "-partner").role(p, "safeguarding-partner").agency(agency).token();
    }

    public static String chair(String p) {
        return TestTokens.user(p + "-chair").role(p, "independent-chair").token();
    }

    public static String agency(String p, String agency) {
        return TestTokens.user(p + "-" + agency).role(p, "relevant-agency").agency(agency).token();
    }

    public static String practitioner(String p, String agency) {
        return TestTokens.user(p + "-practitioner").role(p, "practitioner").agency(agency).token();
    }

    public static String reviewer(String p) {
        return TestTokens.user(p + "-reviewer").role(p, "independent-reviewer").token();
    }

    public static String host() {
        return TestTokens.user("host").realmRole("host-admin").token();
    }

    public static ValidatableResponse dashboard(String token, String p, String query) {
        return as(token).get(base(p) + "/dashboard" + (query == null ? "" : "?" + query)).then().statusCode(200);
    }

    /** The rows of one dashboard table, every cell as text ("null" for none). */
    public static List<List<String>> table(ValidatableResponse dashboard, String name) {
        List<List<Object>> rows = dashboard.extract().path("tables.find { it.name == '" + name + "' }.rows");
        if (rows == null) {
            return null;
        }
        List<List<String>> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.stream().map(String::valueOf).toList()));
        return out;
    }

    public static List<List<String>> table(String token, String p, String query, String name) {
        return table(dashboard(token, p, query), name);
    }

    /** Waits up to 30 s for the condition (the read model is fed asynchronously from Kafka). */
    public static void await(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (AssertionError | RuntimeException e) {
                // not there yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        fail("timed out waiting: " + what);
    }

    public static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
