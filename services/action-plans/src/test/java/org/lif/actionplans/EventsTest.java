package org.lif.actionplans;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.SourceType;
import org.lif.contracts.Topics;
import org.lif.contracts.actionplans.ActionPlanClosedV1;
import org.lif.contracts.actionplans.ActionPlanEvents;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.tenancy.Partnerships;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;
import static org.lif.actionplans.Api.*;

/** Events go out through the outbox: after commit, as valid CloudEvents, and never for a rolled-back change. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class EventsTest {

    @Inject
    Outbox outbox;
    @Inject
    Partnerships partnerships;
    @Inject
    org.lif.platform.outbox.OutboxHousekeeping housekeeping;

    @Test
    void committedChangeIsPublishedAsACloudEvent() {
        String planId = createPlan(DemoTokens.southamptonAdmin(), "southampton", "Events plan " + System.nanoTime());
        List<ConsumerRecord<String, String>> records = TestKafka.read(Topics.ACTION_PLANS, Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> planId.equals(r.key())));
        ConsumerRecord<String, String> record = records.stream().filter(r -> planId.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("ActionPlanCreated not published"));
        EventEnvelope event = EventCodec.read(record.value());
        assertEquals("lif.action-plans.ActionPlanCreated.v1", event.type());
        assertEquals("southampton", event.partnership());
        assertEquals(planId, event.subject());
        assertEquals("1.0", event.specversion());
        assertEquals(SourceType.REVIEW.name(), event.data().get("sourceType").asText());
        assertEquals(event.id(), new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
    }

    @Test
    void rolledBackChangePublishesNothing() {
        String marker = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> partnerships.runAsSystem("southampton", "test", () ->
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.publish(ActionPlanEvents.PLAN_CLOSED, "southampton", marker, new ActionPlanClosedV1(marker, 0, 0));
                    throw new IllegalStateException("the change failed after the event was written");
                })));
        // a committed event written afterwards proves the relay ran past the point where the rolled-back one would be
        String after = UUID.randomUUID().toString();
        partnerships.runAsSystem("southampton", "test", () -> QuarkusTransaction.requiringNew().run(() ->
                outbox.publish(ActionPlanEvents.PLAN_CLOSED, "southampton", after, new ActionPlanClosedV1(after, 0, 0))));
        List<ConsumerRecord<String, String>> records = TestKafka.read(Topics.ACTION_PLANS, Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> after.equals(r.key())));
        assertTrue(records.stream().anyMatch(r -> after.equals(r.key())), "committed event published");
        assertFalse(records.stream().anyMatch(r -> marker.equals(r.key())), "rolled-back event must not be published");
    }

    @Test
    void refusedRequestPublishesNothing() {
        String title = "Refused " + UUID.randomUUID();
        as(DemoTokens.southamptonAdmin()).body(java.util.Map.of("title", title, "scope", "NOPE"))
                .post(base("southampton") + "/action-plans").then().statusCode(400);
        List<ConsumerRecord<String, String>> records = TestKafka.readAll(Topics.ACTION_PLANS, Duration.ofSeconds(3));
        assertFalse(records.stream().anyMatch(r -> r.value().contains(title)));
    }

    @Test
    void outboxBacklogIsAMetricAndPublishedRowsArePurged() {
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("lif_outbox_pending"))
                .body(org.hamcrest.Matchers.containsString("lif_outbox_oldest_pending_seconds"));
        String planId = createPlan(DemoTokens.southamptonAdmin(), "southampton", "Purge plan " + System.nanoTime());
        TestKafka.read(Topics.ACTION_PLANS, Duration.ofSeconds(20), seen -> seen.stream().anyMatch(r -> planId.equals(r.key())));
        assertTrue(housekeeping.purge(TestClock.now().plusDays(60)) > 0, "published rows past retention are deleted");
    }

    @Test
    void payloadsCarryNoFreeTextThatCouldIdentifyAChild() {
        String planId = createPlan(DemoTokens.southamptonAdmin(), "southampton", "Payload plan " + System.nanoTime());
        String actionId = createAction(DemoTokens.southamptonAdmin(), "southampton", planId, "youth-options", TestClock.today().plusDays(30));
        List<ConsumerRecord<String, String>> records = TestKafka.read(Topics.ACTION_PLANS, Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> actionId.equals(r.key())));
        JsonNode data = EventCodec.read(records.stream().filter(r -> actionId.equals(r.key())).findFirst().orElseThrow().value()).data();
        assertFalse(data.has("description"), "action descriptions are free text and stay in the service");
        assertFalse(data.has("lead"));
    }
}
