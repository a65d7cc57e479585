package org.lif.reporting;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestTokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lif.reporting.Api.*;

/** Who may read what: the role × endpoint matrix, other partnerships, and the host boundary (aggregates only). */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class AccessTest {

    static final String P = newPartnership("acc");
    static final String SCHOOL = "bitterne-park-school";

    @Test
    void roleMatrix() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("partnership-admin", admin(P));
        tokens.put("safeguarding-partner", partner(P, "hampshire-constabulary"));
        tokens.put("independent-chair", chair(P));
        tokens.put("relevant-agency", agency(P, SCHOOL));
        tokens.put("practitioner", practitioner(P, SCHOOL));
        tokens.put("independent-reviewer", reviewer(P));
        tokens.put("host-admin", host());
        tokens.put("admin of another partnership", admin("elsewhere"));
        Map<String, Set<String>> allowed = Map.of(
                "/dashboard", Set.of("partnership-admin", "safeguarding-partner", "independent-chair", "relevant-agency"),
                "/dashboard/actions-by-status", Set.of("partnership-admin", "safeguarding-partner", "independent-chair", "relevant-agency"),
                "/priorities?year=2025", Set.of("partnership-admin", "safeguarding-partner", "independent-chair"),
                "/indicators?year=2025", Set.of("partnership-admin", "safeguarding-partner", "independent-chair", "relevant-agency"),
                "/annual-reports", Set.of("partnership-admin", "safeguarding-partner", "independent-chair", "relevant-agency"),
                "/audit-trail", Set.of("partnership-admin", "safeguarding-partner", "independent-chair"));
        allowed.forEach((path, roles) -> {
            tokens.forEach((who, token) -> as(token).get(base(P) + path).then()
                    .statusCode(roles.contains(who) ? 200 : 403));
            given().get(base(P) + path).then().statusCode(401).contentType(startsWith("application/problem+json"));
        });
        as(TestTokens.forgedToken("mallory", P, "partnership-admin")).get(base(P) + "/dashboard").then().statusCode(401);
        as(TestTokens.user("x").role(P, "partnership-admin").expired().token()).get(base(P) + "/dashboard").then().statusCode(401);
        // writes
        as(chair(P)).body(map("year", 2025)).post(base(P) + "/annual-reports").then().statusCode(403);
        as(partner(P, "hampshire-constabulary")).post(base(P) + "/indicators/years/2026/copy-from/2025").then().statusCode(403);
        as(admin(P)).post("/api/v1/host/read-model/rebuild").then().statusCode(403);
        as(DemoTokens.hipsChair()).get(base("southampton") + "/dashboard").then().statusCode(200);
        as(DemoTokens.hipsChair()).get(base("portsmouth") + "/dashboard").then().statusCode(200);
        as(DemoTokens.portsmouthAdmin()).get(base("southampton") + "/dashboard").then().statusCode(403);
    }

    @Test
    void hostComparesPartnershipsOnAggregatesOnly() {
        String a = newPartnership("hosta");
        String b = newPartnership("hostb");
        new Events(a).notification("hn1", "hrr1", 5, false);
        new Events(a).notification("hn2", "hrr2", 5, true);
        new Events(b).action("ha1", "hp1", SCHOOL, Events.days(-2), null);
        new Events(b).attendance("hb1", "hc1", SCHOOL, false);
        await(() -> {
            var list = as(host()).get("/api/v1/host/partnerships").then().statusCode(200);
            return Integer.valueOf(2).equals(list.extract().path("find { it.partnershipId == '" + a + "' }.notifications"))
                    && Integer.valueOf(1).equals(list.extract().path("find { it.partnershipId == '" + b + "' }.overdueActions"));
        }, "host aggregates");
        var list = as(host()).get("/api/v1/host/partnerships").then().statusCode(200);
        list.body("find { it.partnershipId == '" + a + "' }.notificationsOnTimePercent", is(50.0f))
                .body("find { it.partnershipId == '" + b + "' }.openActions", is(1))
                .body("find { it.partnershipId == '" + b + "' }.nonAttendancePercent", is(100.0f));
        Map<String, Object> row = list.extract().path("find { it.partnershipId == '" + a + "' }");
        // only counts and percentages: no record id, agency or title of any partnership
        assertEquals(Set.of("partnershipId", "notifications", "notificationsOnTimePercent", "rapidReviews", "rapidReviewsOnTimePercent",
                "reviewsPublished", "recommendations", "openActions", "overdueActions", "auditsPlanned", "auditsCompleted", "trainingAttended",
                "nonAttendancePercent", "indicators", "reportsPublished"), row.keySet());
        row.forEach((k, v) -> {
            if (!k.equals("partnershipId")) {
                assertEquals(true, v == null || v instanceof Number, k);
            }
        });
        String body = list.extract().asString();
        assertEquals(false, body.contains("hn1") || body.contains("ha1") || body.contains(SCHOOL), "a record leaked into the host view");
        String csv = as(host()).accept("text/csv").get("/api/v1/host/partnerships").then().statusCode(200).extract().asString();
        assertEquals(true, csv.startsWith("partnershipId,notifications,"), csv);

        // host-admin has no partnership access, partnership roles no host access, unmarked host paths are closed
        as(host()).get(base(a) + "/dashboard").then().statusCode(403);
        as(admin(a)).get("/api/v1/host/partnerships").then().statusCode(403);
        as(DemoTokens.hipsChair()).get("/api/v1/host/partnerships").then().statusCode(403);
        given().get("/api/v1/host/partnerships").then().statusCode(401);
        as(host()).get("/api/v1/host/read-model").then().statusCode(200).body("generation", greaterThanOrEqualTo(1));
        as(host()).get("/api/v1/host/unknown").then().statusCode(anyOf(is(403), is(404)));
        List<String> ids = as(host()).get("/api/v1/host/partnerships").then().extract().path("partnershipId");
        assertEquals(true, ids.contains(a) && ids.contains(b));
    }
}
