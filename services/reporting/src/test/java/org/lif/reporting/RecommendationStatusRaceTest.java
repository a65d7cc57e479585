package org.lif.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.SourceType;
import org.lif.contracts.actionplans.ActionCreatedV1;
import org.lif.contracts.actionplans.ActionPlanEvents;
import org.lif.contracts.audits.AuditEvents;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.platform.tenancy.Partnerships;
import org.lif.reporting.readmodel.Projector;
import org.lif.reporting.readmodel.RecommendationRow;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lif.reporting.Api.newPartnership;

/**
 * A recommendation's {@code RecommendationIssued} (audits' topic) and its first action's {@code ActionCreated}
 * (action-plans' topic) are applied by two consumers at the same moment: whichever commits second must still see the
 * other's work, so that the recommendation ends "in progress", not "awaiting actions" for good (found as a rare
 * failure of the Section 11 journey).
 */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class RecommendationStatusRaceTest {

    static final String P = newPartnership("race");

    @Inject
    Projector projector;
    @Inject
    Partnerships partnerships;

    @Test
    void anActionAppliedWhileItsRecommendationIsBeingIssuedStillCounts() throws Exception {
        EventEnvelope issued = EventCodec.envelope(AuditEvents.RECOMMENDATION_ISSUED, "/lif/audits", P, "s11-cycle",
                new RecommendationIssuedV1("rec-race", SourceType.AUDIT, "s11-cycle", "Section 11 cycle", "Agree information sharing",
                        List.of("hampshire-constabulary"), List.of("Neglect"), null, null), TestClock.now());
        EventEnvelope created = EventCodec.envelope(ActionPlanEvents.ACTION_CREATED, "/lif/action-plans", P, "act-race",
                new ActionCreatedV1("act-race", "plan-race", "hampshire-constabulary", Events.days(90), SourceType.AUDIT, "s11-cycle",
                        "rec-race"), TestClock.now());

        CountDownLatch issuedApplied = new CountDownLatch(1);
        CountDownLatch actionDone = new CountDownLatch(1);
        // the recommendation's consumer applies its event and holds its transaction open for a while
        CompletableFuture<Void> issuing = CompletableFuture.runAsync(() -> apply(issued, () -> {
            issuedApplied.countDown();
            try {
                actionDone.await(2, TimeUnit.SECONDS); // the action's consumer either finishes meanwhile, or waits for this commit
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(issuedApplied.await(30, TimeUnit.SECONDS));
        // meanwhile the action's consumer applies the recommendation's first action
        CompletableFuture<Void> acting = CompletableFuture.runAsync(() -> apply(created, () -> {
        })).thenRun(actionDone::countDown);
        issuing.get(30, TimeUnit.SECONDS);
        acting.get(30, TimeUnit.SECONDS);

        String status = partnerships.callAsSystem(P, "test", () -> QuarkusTransaction.requiringNew().call(() ->
                RecommendationRow.<RecommendationRow>find("recommendationId", "rec-race").firstResult().status));
        assertEquals("IN_PROGRESS", status, "the recommendation has an action that is not started");
    }

    private void apply(EventEnvelope event, Runnable beforeCommit) {
        partnerships.runAsSystem(P, "test", () -> QuarkusTransaction.requiringNew().run(() -> {
            projector.apply(event);
            beforeCommit.run();
        }));
    }
}
