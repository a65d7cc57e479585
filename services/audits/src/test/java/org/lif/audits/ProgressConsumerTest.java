package org.lif.audits;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventType;
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

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;
import static org.lif.audits.Api.*;

/** Recommendation progress from action-plans events: once per event, other sources ignored, poison to the dead-letter topic. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class ProgressConsumerTest {

    static final LocalDate DUE = TODAY.plusMonths(3);

    static void send(String actionId, EventType type, Object payload) {
        TestKafka.sendEvent(Topics.ACTION_PLANS, EventCodec.envelope(type, "/lif/action-plans", P, actionId, payload, TestClock.now()));
    }

    static void await(String auditId, String path, Object expected) {
        long deadline = System.currentTimeMillis() + 30_000;
        Object seen = null;
        while (System.currentTimeMillis() < deadline) {
            seen = as(admin()).get(audit(auditId) + "/recommendations").then().statusCode(200).extract().path(path);
            if (expected.equals(seen)) {
                return;
            }
            sleep(200);
        }
        fail(path + " never became " + expected + " (last " + seen + ")");
    }

    @Test
    void actionsOnOurRecommendationsShowAsProgress() {
        String id = startedAudit("Progress audit");
        String rec = as(admin()).body(Map.of("text", "Joint chronology", "targetAgencies", List.of("youth-options", "bitterne-park-school")))
                .post(audit(id) + "/recommendations").then().statusCode(201).extract().path("id");
        String a1 = "action-" + UUID.randomUUID();
        String a2 = "action-" + UUID.randomUUID();
        send(a1, ActionPlanEvents.ACTION_CREATED, new ActionCreatedV1(a1, "plan-1", "youth-options", DUE, SourceType.AUDIT, id, rec));
        send(a2, ActionPlanEvents.ACTION_CREATED, new ActionCreatedV1(a2, "plan-1", "bitterne-park-school", DUE, SourceType.AUDIT, id, rec));
        // another source's action with the same id is not ours
        send("x-" + a1, ActionPlanEvents.ACTION_CREATED, new ActionCreatedV1("x-" + a1, "plan-2", "youth-options", DUE, SourceType.REVIEW, id, rec));
        await(id, "[0].actions.size()", 2);
        send(a2, ActionPlanEvents.ACTION_OVERDUE, new ActionOverdueV1(a2, "plan-1", "bitterne-park-school", DUE, "SPIG", SourceType.AUDIT, id, rec));
        send(a1, ActionPlanEvents.ACTION_COMPLETED, new ActionCompletedV1(a1, "plan-1", "youth-options", SourceType.AUDIT, id, rec, TODAY));
        await(id, "[0].actionsCompleted", 1);
        await(id, "[0].actionsOverdue", 1);
        send(a1, ActionPlanEvents.ACTION_STATUS_CHANGED, new ActionStatusChangedV1(a1, "plan-1", "youth-options", "COMPLETED", "IN_PROGRESS"));
        await(id, "[0].actionsCompleted", 0);
    }

    @Test
    void poisonGoesToTheDeadLetterTopic() {
        String key = "poison-" + UUID.randomUUID();
        TestKafka.send(Topics.ACTION_PLANS, key, "{not json");
        assertTrue(TestKafka.read(Topics.deadLetterOf(Topics.ACTION_PLANS), Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> key.equals(r.key()))).stream().anyMatch(r -> key.equals(r.key())));
    }
}
