package org.lif.reviews;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.SourceType;
import org.lif.contracts.Topics;
import org.lif.contracts.actionplans.ActionCompletedV1;
import org.lif.contracts.actionplans.ActionCreatedV1;
import org.lif.contracts.actionplans.ActionOverdueV1;
import org.lif.contracts.actionplans.ActionPlanEvents;
import org.lif.contracts.actionplans.ActionStatusChangedV1;
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
import static org.lif.reviews.Api.*;

/** Recommendation progress from action-plans events: once per event, poison to the dead-letter topic. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class ProgressConsumerTest {

    static final LocalDate DUE = LocalDate.parse("2026-01-30");

    /** A rapid review with one issued immediate action; returns {reviewId, recommendationId}. */
    static String[] reviewWithRecommendation() {
        LocalDate notified = LocalDate.parse("2025-08-01");
        String id = rapidReview(notified.minusDays(1), notified, List.of("youth-options"));
        as(admin()).body(Map.of("heldOn", notified.plusDays(7).toString())).post(review(id) + "/meeting").then().statusCode(200);
        as(admin()).body(outcome(notified.plusDays(8), "NO_FURTHER_REVIEW", null,
                        List.of(Map.of("text", "Brief all staff on bruising in non-mobile babies", "targetAgencies", List.of("youth-options", "bitterne-park-school")))))
                .post(review(id) + "/outcome").then().statusCode(200);
        String rec = as(admin()).get(review(id) + "/recommendations").then().extract().path("[0].id");
        return new String[]{id, rec};
    }

    /** Sends as action-plans' outbox relay does: structured CloudEvent with its headers. */
    static void send(String actionId, org.lif.contracts.EventType type, Object payload) {
        EventEnvelope e = EventCodec.envelope(type, "/lif/action-plans", P, actionId, payload, TestClock.now());
        TestKafka.send(Topics.ACTION_PLANS, actionId, EventCodec.write(e),
                Map.of("ce_id", e.id(), "ce_type", e.type(), "content-type", "application/cloudevents+json"));
    }

    static void awaitProgress(String reviewId, String path, Object expected) {
        long deadline = System.currentTimeMillis() + 30_000;
        Object seen = null;
        while (System.currentTimeMillis() < deadline) {
            seen = as(admin()).get(review(reviewId)).then().statusCode(200).extract().path(path);
            if (expected.equals(seen)) {
                return;
            }
            sleep(200);
        }
        fail(path + " never became " + expected + " (last " + seen + ")");
    }

    @Test
    void createdOverdueAndCompletedActionsShowAsProgress() {
        String[] r = reviewWithRecommendation();
        String charityAction = "action-" + UUID.randomUUID();
        String schoolAction = "action-" + UUID.randomUUID();
        send(charityAction, ActionPlanEvents.ACTION_CREATED, new ActionCreatedV1(charityAction, "plan-1", "youth-options", DUE, SourceType.REVIEW, r[0], r[1]));
        send(schoolAction, ActionPlanEvents.ACTION_CREATED, new ActionCreatedV1(schoolAction, "plan-1", "bitterne-park-school", DUE, SourceType.REVIEW, r[0], r[1]));
        awaitProgress(r[0], "recommendations.actions", 2);
        send(schoolAction, ActionPlanEvents.ACTION_OVERDUE, new ActionOverdueV1(schoolAction, "plan-1", "bitterne-park-school", DUE, "SILG", SourceType.REVIEW, r[0], r[1]));
        send(charityAction, ActionPlanEvents.ACTION_COMPLETED, new ActionCompletedV1(charityAction, "plan-1", "youth-options", SourceType.REVIEW, r[0], r[1], LocalDate.parse("2026-01-20")));
        awaitProgress(r[0], "recommendations.actionsCompleted", 1);
        awaitProgress(r[0], "recommendations.actionsOverdue", 1);
        // a late overdue for a completed action does not undo the completion
        send(charityAction, ActionPlanEvents.ACTION_OVERDUE, new ActionOverdueV1(charityAction, "plan-1", "youth-options", DUE, "SILG", SourceType.REVIEW, r[0], r[1]));
        send(schoolAction, ActionPlanEvents.ACTION_COMPLETED, new ActionCompletedV1(schoolAction, "plan-1", "bitterne-park-school", SourceType.REVIEW, r[0], r[1], LocalDate.parse("2026-02-02")));
        awaitProgress(r[0], "recommendations.actionsCompleted", 2);
        as(admin()).get(review(r[0]) + "/recommendations").then().statusCode(200)
                .body("[0].actions.ownerAgency", contains("bitterne-park-school", "youth-options"))
                .body("[0].actions.state", everyItem(is("COMPLETED")))
                .body("[0].actions.find { it.ownerAgency == 'youth-options' }.completedOn", is("2026-01-20"));
        as(admin()).get(base(P) + "/audit-trail?entityId=" + r[1]).then().statusCode(200)
                .body("items.action", hasItems("ISSUED", "ACTION_CREATED", "ACTION_OVERDUE", "ACTION_COMPLETED"));
        // action-plans reopens a signed-off action: it no longer counts as completed
        send(schoolAction, ActionPlanEvents.ACTION_STATUS_CHANGED,
                new ActionStatusChangedV1(schoolAction, "plan-1", "bitterne-park-school", "COMPLETED", "IN_PROGRESS"));
        awaitProgress(r[0], "recommendations.actionsCompleted", 1);
    }

    @Test
    void duplicatesAreNoOpsAndOtherSourcesAreIgnored() {
        String[] r = reviewWithRecommendation();
        String action = "action-" + UUID.randomUUID();
        EventEnvelope created = EventCodec.envelope(ActionPlanEvents.ACTION_CREATED, "/lif/action-plans", P, action,
                new ActionCreatedV1(action, "plan-2", "youth-options", DUE, SourceType.REVIEW, r[0], r[1]), TestClock.now());
        TestKafka.send(Topics.ACTION_PLANS, action, EventCodec.write(created));
        TestKafka.send(Topics.ACTION_PLANS, action, EventCodec.write(created));
        String audit = "action-" + UUID.randomUUID();
        send(audit, ActionPlanEvents.ACTION_CREATED, new ActionCreatedV1(audit, "plan-3", "youth-options", DUE, SourceType.AUDIT, "audit-1", r[1]));
        String unknown = "action-" + UUID.randomUUID();
        send(unknown, ActionPlanEvents.ACTION_CREATED, new ActionCreatedV1(unknown, "plan-3", "youth-options", DUE, SourceType.REVIEW, "x", UUID.randomUUID().toString()));
        // another partnership's event cannot touch southampton's recommendation
        String foreign = "action-" + UUID.randomUUID();
        EventEnvelope other = EventCodec.envelope(ActionPlanEvents.ACTION_CREATED, "/lif/action-plans", "portsmouth", foreign,
                new ActionCreatedV1(foreign, "plan-9", "mayfield-school", DUE, SourceType.REVIEW, r[0], r[1]), TestClock.now());
        TestKafka.send(Topics.ACTION_PLANS, foreign, EventCodec.write(other));
        String marker = "action-" + UUID.randomUUID();
        send(marker, ActionPlanEvents.ACTION_COMPLETED, new ActionCompletedV1(marker, "plan-2", "bitterne-park-school", SourceType.REVIEW, r[0], r[1], DUE));
        awaitProgress(r[0], "recommendations.actionsCompleted", 1);
        sleep(500);
        as(admin()).get(review(r[0])).then().body("recommendations.actions", is(2));
    }

    @Test
    void malformedEventsAreDeadLetteredAndConsumptionGoesOn() {
        String garbage = "poison-" + UUID.randomUUID();
        TestKafka.send(Topics.ACTION_PLANS, garbage, "{definitely not an event");
        String invalid = "invalid-" + UUID.randomUUID();
        String json = EventCodec.write(EventCodec.envelope(ActionPlanEvents.ACTION_COMPLETED, "/lif/action-plans", P, invalid,
                new ActionCompletedV1(invalid, "p", "youth-options", SourceType.REVIEW, "r", "x", DUE), TestClock.now()));
        TestKafka.send(Topics.ACTION_PLANS, invalid, json.replace("\"signedOffOn\":\"" + DUE + "\"", "\"signedOffOn\":\"soon\""));

        String[] r = reviewWithRecommendation();
        String action = "action-" + UUID.randomUUID();
        send(action, ActionPlanEvents.ACTION_CREATED, new ActionCreatedV1(action, "plan-4", "youth-options", DUE, SourceType.REVIEW, r[0], r[1]));
        awaitProgress(r[0], "recommendations.actions", 1);

        List<ConsumerRecord<String, String>> dead = TestKafka.read(Topics.deadLetterOf(Topics.ACTION_PLANS), Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(x -> garbage.equals(x.key())) && seen.stream().anyMatch(x -> invalid.equals(x.key())));
        ConsumerRecord<String, String> g = dead.stream().filter(x -> garbage.equals(x.key())).findFirst().orElseThrow(() -> new AssertionError("not dead-lettered"));
        assertEquals("{definitely not an event", g.value());
        assertTrue(new String(g.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8).contains("not a JSON CloudEvent"));
        assertTrue(dead.stream().anyMatch(x -> invalid.equals(x.key())), "schema-invalid event dead-lettered");
    }
}
