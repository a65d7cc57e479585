package org.lif.actionplans;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.SourceType;
import org.lif.contracts.Topics;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.testkit.BankHolidayListEndedProfile;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKafka;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.lif.actionplans.Api.*;

/**
 * With a bank-holiday list that ended on 31 December 2025, a recommendation without a suggested due date still becomes
 * its actions (not a dead letter), with an estimated default due date recorded in each action's audit trail.
 */
@QuarkusTest
@TestProfile(BankHolidayListEndedProfile.class)
@WithTestResource(LifTestStack.class)
class BeyondTheBankHolidayListTest {

    @Test
    void aRecommendationWithoutSuggestedDueDateIsNotDeadLetteredItsDueDateIsEstimatedAndSaysSo() {
        String sourceId = "review-" + UUID.randomUUID();
        EventEnvelope event = EventCodec.envelope(RecommendationIssuedV1.fromReviews(), "/lif/reviews", "southampton", sourceId,
                new RecommendationIssuedV1("rec-" + UUID.randomUUID(), SourceType.REVIEW, sourceId, "LCSPR Child T",
                        "Agencies must use the neglect toolkit at every strategy discussion", List.of("youth-options"),
                        List.of("neglect"), null, "SILG"), TestClock.now());
        TestKafka.sendEvent(Topics.REVIEWS, event);

        String planId = RecommendationConsumerTest.planIdFor(sourceId);
        RecommendationConsumerTest.awaitActions(planId, 1);
        String actionId = as(DemoTokens.southamptonAdmin()).get(base("southampton") + "/action-plans/" + planId).then().statusCode(200)
                .extract().path("actions[0].id");
        LocalDate due = LocalDate.parse(as(DemoTokens.southamptonAdmin()).get(base("southampton") + "/actions/" + actionId)
                .then().statusCode(200).extract().path("dueDate"));
        assertTrue(due.isAfter(LocalDate.of(BankHolidayListEndedProfile.LAST_YEAR, 12, 31)), "due " + due);
        assertNotEquals(DayOfWeek.SATURDAY, due.getDayOfWeek());
        assertNotEquals(DayOfWeek.SUNDAY, due.getDayOfWeek());
        as(DemoTokens.southamptonAdmin()).get(base("southampton") + "/audit-trail?entityId=" + actionId).then().statusCode(200)
                .body("items.action", hasItems("CREATED", "DUE_DATE_ESTIMATED"))
                .body("items.find { it.action == 'DUE_DATE_ESTIMATED' }.to", is(due.toString()))
                .body("items.find { it.action == 'DUE_DATE_ESTIMATED' }.detail",
                        containsString("run past the bank-holiday list's end (31 December 2025)"));
    }
}
