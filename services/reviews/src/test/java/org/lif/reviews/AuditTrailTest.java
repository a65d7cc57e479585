package org.lif.reviews;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.lif.reviews.Api.*;

/** Every change is in the audit trail: who, what, from, to. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class AuditTrailTest {

    @Test
    void rapidReviewStepsAreAudited() {
        LocalDate notified = LocalDate.parse("2025-07-01");
        String id = rapidReview(notified.minusDays(1), notified, List.of("youth-options"));
        toPanel(id, notified, "LCSPR", null);
        as(DemoTokens.hipsChair()).get(base(P) + "/audit-trail?entityId=" + id + "&size=100").then().statusCode(200)
                .body("items.action", hasItems("OPENED", "MEETING_RECORDED", "OUTCOME_RECORDED", "SIGNED_OFF_POLICE",
                        "SIGNED_OFF_HEALTH", "SIGNED_OFF_LOCAL_AUTHORITY", "SUBMITTED_TO_PANEL"))
                .body("items.find { it.action == 'SUBMITTED_TO_PANEL' }.from", is("DECIDED"))
                .body("items.find { it.action == 'SUBMITTED_TO_PANEL' }.to", is("SUBMITTED_TO_PANEL"))
                .body("items.find { it.action == 'MEETING_RECORDED' }.actor", is("southampton-admin"))
                .body("items.find { it.action == 'SIGNED_OFF_POLICE' }.actor", is("southampton-dcs"));
        as(DemoTokens.southamptonSchool()).get(base(P) + "/audit-trail").then().statusCode(403);
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/audit-trail?entityId=" + id).then().statusCode(200)
                .body("totalItems", is(0));
    }

    @Test
    void contributionsAndRecommendationsAreAudited() {
        LocalDate notified = LocalDate.parse("2025-07-01");
        String id = rapidReview(notified.minusDays(1), notified, List.of("youth-options"));
        String request = as(admin()).get(review(id) + "/information-requests").then().extract().path("[0].id");
        as(DemoTokens.southamptonCharity()).body(Map.of("chronology", "c", "summary", "s"))
                .post(review(id) + "/information-requests/" + request + "/contribution").then().statusCode(200);
        as(admin()).get(base(P) + "/audit-trail?entityId=" + request).then().statusCode(200)
                .body("items.action", contains("SUBMITTED", "REQUESTED"))
                .body("items[0].actor", is("southampton-charity")).body("items[0].detail", containsString("late"));
    }
}
