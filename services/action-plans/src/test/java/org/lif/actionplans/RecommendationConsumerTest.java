package org.lif.actionplans;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.SourceType;
import org.lif.contracts.Topics;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.platform.calendar.WorkingDayCalendar;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.lif.actionplans.Api.*;

/** RecommendationIssued from reviews and audits becomes a plan and actions, once; poison goes to the DLQ. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class RecommendationConsumerTest {

    static EventEnvelope recommendation(String partnership, String sourceId, String recommendationId, List<String> agencies) {
        return EventCodec.envelope(RecommendationIssuedV1.fromReviews(), "/lif/reviews", partnership, sourceId,
                new RecommendationIssuedV1(recommendationId, SourceType.REVIEW, sourceId, "LCSPR Child T",
                        "Agencies must use the neglect toolkit at every strategy discussion", agencies, List.of("neglect"),
                        TestClock.today().plusMonths(6), "SILG"), TestClock.now());
    }

    static String planIdFor(String sourceId) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<String> ids = as(DemoTokens.southamptonAdmin()).get(base("southampton") + "/action-plans?sourceType=REVIEW&size=100")
                    .then().statusCode(200).extract().path("items.findAll { it.source.reference == '" + sourceId + "' }.id");
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            sleep(200);
        }
        throw new AssertionError("no plan created for " + sourceId);
    }

    @Test
    void recommendationCreatesPlanAndOneActionPerAgency() {
        String sourceId = "review-" + UUID.randomUUID();
        EventEnvelope event = recommendation("southampton", sourceId, "rec-" + UUID.randomUUID(), List.of("bitterne-park-school", "youth-options"));
        TestKafka.sendEvent(Topics.REVIEWS, event);
        String planId = planIdFor(sourceId);
        awaitActions(planId, 2);
        as(DemoTokens.southamptonAdmin()).get(base("southampton") + "/action-plans/" + planId).then().statusCode(200)
                .body("plan.scope", is("MULTI_AGENCY")).body("plan.subgroup", is("SILG")).body("plan.themes", hasItem("neglect"))
                .body("actions.ownerAgency", containsInAnyOrder("bitterne-park-school", "youth-options"))
                .body("actions.dueDate", everyItem(is(TestClock.today().plusMonths(6).toString())))
                .body("actions.createdBy", everyItem(is("system:action-plans.recommendations")));
        // nothing of it in another partnership
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/action-plans/" + planId).then().statusCode(404);
    }

    @Test
    void withoutASuggestedDateTheActionIsDueAfterThePartnershipsOwnDefault() {
        String rule = base("southampton") + "/rules/action-default-due";
        as(DemoTokens.southamptonAdmin()).get(rule).then().statusCode(200).body("value", is(60)).body("maximum", is(260));
        as(DemoTokens.southamptonAdmin()).body(Map.of("value", 10)).put(rule).then().statusCode(200);
        try {
            String sourceId = "review-" + UUID.randomUUID();
            TestKafka.sendEvent(Topics.REVIEWS, EventCodec.envelope(RecommendationIssuedV1.fromReviews(), "/lif/reviews", "southampton", sourceId,
                    new RecommendationIssuedV1("rec-" + UUID.randomUUID(), SourceType.REVIEW, sourceId, "LCSPR Child T",
                            "Review the neglect pathway", List.of("youth-options"), List.of("neglect"), null, "SILG"), TestClock.now()));
            String planId = planIdFor(sourceId);
            awaitActions(planId, 1);
            LocalDate due = WorkingDayCalendar.englandAndWales().addWorkingDays(TestClock.today(), 10);
            as(DemoTokens.southamptonAdmin()).get(base("southampton") + "/action-plans/" + planId).then().statusCode(200)
                    .body("actions[0].dueDate", is(due.toString()));
        } finally {
            as(DemoTokens.southamptonAdmin()).delete(rule).then().statusCode(200).body("value", is(60));
        }
    }

    @Test
    void duplicatedEventIsANoOp() {
        String sourceId = "review-" + UUID.randomUUID();
        EventEnvelope event = recommendation("southampton", sourceId, "rec-" + UUID.randomUUID(), List.of("youth-options"));
        String json = EventCodec.write(event);
        TestKafka.sendEvent(Topics.REVIEWS, event);
        TestKafka.sendEvent(Topics.REVIEWS, event);
        String planId = planIdFor(sourceId);
        // a second recommendation from the same source after the duplicates proves the duplicates were consumed
        EventEnvelope second = recommendation("southampton", sourceId, "rec-" + UUID.randomUUID(), List.of("youth-options"));
        TestKafka.sendEvent(Topics.REVIEWS, second);
        awaitActions(planId, 2);
        sleep(1000);
        as(DemoTokens.southamptonAdmin()).get(base("southampton") + "/action-plans/" + planId).then()
                .body("actions.size()", is(2));
        List<String> plans = as(DemoTokens.southamptonAdmin()).get(base("southampton") + "/action-plans?size=100")
                .then().extract().path("items.findAll { it.source.reference == '" + sourceId + "' }.id");
        assertEquals(1, plans.size(), "one plan per source");
    }

    @Test
    void malformedEventGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String garbageKey = "poison-" + UUID.randomUUID();
        TestKafka.send(Topics.REVIEWS, garbageKey, "{not json at all");
        String invalidKey = "invalid-" + UUID.randomUUID();
        EventEnvelope valid = recommendation("southampton", "x", invalidKey, List.of("youth-options"));
        String missingAgencies = EventCodec.write(valid).replace("\"targetAgencies\":[\"youth-options\"]", "\"targetAgencies\":[]");
        TestKafka.send(Topics.REVIEWS, invalidKey, missingAgencies);

        String sourceId = "review-" + UUID.randomUUID();
        EventEnvelope good = recommendation("southampton", sourceId, "rec-" + UUID.randomUUID(), List.of("youth-options"));
        TestKafka.sendEvent(Topics.REVIEWS, good);
        planIdFor(sourceId);

        List<ConsumerRecord<String, String>> dead = TestKafka.read(Topics.deadLetterOf(Topics.REVIEWS), Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> garbageKey.equals(r.key())) && seen.stream().anyMatch(r -> invalidKey.equals(r.key())));
        ConsumerRecord<String, String> garbage = dead.stream().filter(r -> garbageKey.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("malformed event not dead-lettered"));
        assertEquals("{not json at all", garbage.value());
        assertTrue(new String(garbage.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8).contains("not a JSON CloudEvent"));
        ConsumerRecord<String, String> invalid = dead.stream().filter(r -> invalidKey.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("schema-invalid event not dead-lettered"));
        assertTrue(new String(invalid.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8).contains("targetAgencies"));
    }

    @Test
    void auditsRecommendationsAreConsumedToo() {
        String sourceId = "audit-" + UUID.randomUUID();
        String recId = "rec-" + UUID.randomUUID();
        EventEnvelope event = EventCodec.envelope(RecommendationIssuedV1.fromAudits(), "/lif/audits", "southampton", sourceId,
                new RecommendationIssuedV1(recId, SourceType.AUDIT, sourceId, "Multi-agency neglect audit",
                        "Record the voice of the child in every assessment", List.of("bitterne-park-school"), List.of("neglect"), null, "SPIG"), TestClock.now());
        TestKafka.sendEvent(Topics.AUDITS, event);
        long deadline = System.currentTimeMillis() + 30_000;
        List<String> found = List.of();
        while (found.isEmpty() && System.currentTimeMillis() < deadline) {
            found = as(DemoTokens.southamptonSchool()).get(base("southampton") + "/actions?sourceType=AUDIT&size=100")
                    .then().statusCode(200).extract().path("items.findAll { it.recommendationId == '" + recId + "' }.id");
            sleep(200);
        }
        assertEquals(1, found.size(), "the school sees the action from the audit");
    }

    static void awaitActions(String planId, int count) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            int n = as(DemoTokens.southamptonAdmin()).get(base("southampton") + "/action-plans/" + planId)
                    .then().extract().path("actions.size()");
            if (n >= count) {
                return;
            }
            sleep(200);
        }
        throw new AssertionError("plan " + planId + " never had " + count + " actions");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
