package org.lif.audits;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestTokens;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.lif.audits.Api.*;

/** Who may do what: own partnership, other partnership (403), objects of another partnership or agency (404). */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class AccessMatrixTest {

    @Test
    void anotherPartnershipGets403AndAnotherPartnershipsIdsGet404() {
        String id = startedAudit("Access audit");
        as(DemoTokens.portsmouthAdmin()).get(audit(id)).then().statusCode(403).contentType("application/problem+json");
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/audits/" + id).then().statusCode(404);
        as(DemoTokens.portsmouthSchool()).get(audits()).then().statusCode(403);
        as(DemoTokens.hipsHost()).get(audits()).then().statusCode(403);
        given().get(audits()).then().statusCode(401);
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }

    @Test
    void rolesWithinThePartnership() {
        String id = startedAudit("Roles audit");
        // practitioners and reviewers have no part in audits
        as(DemoTokens.southamptonPractitioner()).get(audits()).then().statusCode(403);
        as(DemoTokens.hipsReviewer()).get(audits()).then().statusCode(403);
        // agencies cannot plan or manage; the chair reads but does not manage
        as(school()).body(plan("x", "MULTI_AGENCY_THEMATIC", 2026)).post(audits()).then().statusCode(403);
        as(chair()).body(plan("x", "MULTI_AGENCY_THEMATIC", 2026)).post(audits()).then().statusCode(403);
        as(chair()).get(audit(id)).then().statusCode(200);
        as(chair()).get(audit(id) + "/returns").then().statusCode(200);
        as(DemoTokens.southamptonPolice()).body(Map.of("kind", "GOOD_PRACTICE", "text", "Joint visits")).post(audit(id) + "/findings").then().statusCode(201);
        // an agency not taking part does not see a running audit, nor can it make a return
        String other = agencyUser(P, "st-marys-hospital");
        as(other).get(audit(id)).then().statusCode(404);
        as(other).body(returnBody("GOOD")).put(audit(id) + "/returns/mine").then().statusCode(404);
        as(other).get(audits() + "?size=100").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(school()).get(audits() + "?size=100").then().statusCode(200).body("items.id", hasItem(id));
        // an agency user without an agency claim is refused
        String noAgency = TestTokens.user("no-agency").role(P, "relevant-agency").token();
        as(noAgency).body(returnBody("GOOD")).put(audit(id) + "/returns/mine").then().statusCode(400);
        // a return of another agency is not reachable through 'mine'
        as(charity()).body(returnBody("GOOD")).put(audit(id) + "/returns/mine").then().statusCode(200);
        as(school()).get(audit(id) + "/returns/mine").then().statusCode(404);
        as(school()).get(audit(id) + "/returns").then().statusCode(200).body("$", empty());
        // agencies see only their own return status
        as(school()).get(audit(id)).then().statusCode(200).body("returns.agency", contains("bitterne-park-school"));
        as(admin()).get(audit(id)).then().statusCode(200).body("returns.agency", contains("bitterne-park-school", "youth-options"));
    }

    @Test
    void schoolsAndSection11AreConfinedToThePartnership() {
        as(DemoTokens.portsmouthAdmin()).get(base(P) + "/section11/cycles").then().statusCode(403);
        as(DemoTokens.portsmouthAdmin()).get(base(P) + "/schools-audits").then().statusCode(403);
        String window = as(admin()).body(Map.of("academicYear", "2050-51", "opensOn", TODAY.minusDays(1).toString(), "closesOn", TODAY.plusDays(30).toString()))
                .post(base(P) + "/schools-audits").then().statusCode(201).extract().path("id");
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/schools-audits/" + window).then().statusCode(404);
        as(school()).body(Map.of("academicYear", "2051-52", "opensOn", "2051-05-31", "closesOn", "2051-09-30"))
                .post(base(P) + "/schools-audits").then().statusCode(403);
        as(chair()).get(base(P) + "/schools-audits/" + window).then().statusCode(200);
        as(DemoTokens.southamptonPractitioner()).get(base(P) + "/schools-audits").then().statusCode(403);
        as(admin()).get(base(P) + "/schools-audits/" + window + "/returns/bitterne-park-school").then().statusCode(404);
        as(school()).body(Map.of("answers", List.of(Map.of("standard", "K1", "selfRating", "GREEN")))).put(base(P) + "/schools-audits/" + window + "/returns/mine")
                .then().statusCode(200);
        as(charity()).get(base(P) + "/schools-audits/" + window + "/returns/bitterne-park-school").then().statusCode(404);
        as(admin()).get(base(P) + "/schools-audits/" + window + "/returns/bitterne-park-school").then().statusCode(200);
    }

    @Test
    void everyChangeIsOnTheAuditTrail() {
        String id = startedAudit("Trail audit");
        as(admin()).body(Map.of("heldOn", TODAY.toString(), "notes", "Discussed")).put(audit(id) + "/discussion").then().statusCode(200);
        as(chair()).get(base(P) + "/audit-trail?entityId=" + id + "&size=100").then().statusCode(200)
                .body("items.action", hasItems("PLANNED", "STARTED", "DISCUSSION_HELD"))
                .body("items.find { it.action == 'STARTED' }.from", is("PLANNED"))
                .body("items.find { it.action == 'STARTED' }.to", is("IN_PROGRESS"))
                .body("items.find { it.action == 'STARTED' }.actor", is("southampton-admin"));
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/audit-trail?entityId=" + id).then().statusCode(200).body("totalItems", is(0));
    }
}
