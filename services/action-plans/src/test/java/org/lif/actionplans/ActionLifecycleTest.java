package org.lif.actionplans;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lif.actionplans.overdue.OverdueDetector;
import org.lif.contracts.Topics;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKafka;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lif.actionplans.Api.*;

/** The action lifecycle, sign-off rules, due-date history, RAG and overdue detection. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class ActionLifecycleTest {

    static final String S = "southampton";

    @Inject
    OverdueDetector overdue;
    @Inject
    EntityManager em;

    String admin;
    String school;
    String planId;
    String actionId;

    @BeforeEach
    void seed() {
        admin = DemoTokens.southamptonAdmin();
        school = DemoTokens.southamptonSchool();
        planId = createPlan(admin, S, "Neglect audit " + System.nanoTime());
        actionId = createAction(admin, S, planId, "bitterne-park-school", TestClock.today().plusDays(90));
    }

    @Test
    void newActionIsNotStartedAndGreen() {
        getAction(admin, S, actionId).statusCode(200)
                .body("status", is("NOT_STARTED")).body("rag", is("GREEN")).body("overdue", is(false))
                .body("signOff.status", is("NONE")).body("planId", is(planId)).body("createdBy", is("southampton-admin"));
    }

    @Test
    void completionNeedsEvidenceThenPartnershipSignsOff() {
        as(school).body(Map.of("summary", "done")).post(base(S) + "/actions/" + actionId + "/complete")
                .then().statusCode(409).body("detail", containsString("evidence"));
        as(school).body(Map.of("note", "Briefing cascaded to all staff", "evidence",
                        List.of(textEvidence("Attendance list of the staff briefing"),
                                Map.of("kind", "LINK", "description", "Updated policy", "url", "https://school.example/policy.pdf",
                                        "refersTo", TestClock.today().minusDays(10).toString()))))
                .post(base(S) + "/actions/" + actionId + "/progress").then().statusCode(201)
                .body("status", is("IN_PROGRESS"))
                .body("progress[0].evidence.size()", is(2))
                .body("progress[0].evidence[1].refersTo", is(TestClock.today().minusDays(10).toString()))
                .body("progress[0].recordedBy", is("southampton-school"));
        as(school).body(Map.of("summary", "All staff briefed; policy updated"))
                .post(base(S) + "/actions/" + actionId + "/complete").then().statusCode(200)
                .body("status", is("COMPLETED")).body("signOff.status", is("PENDING")).body("rag", is("AMBER"));
        // the owner cannot sign off its own completion
        as(school).body(Map.of("decision", "APPROVE")).post(base(S) + "/actions/" + actionId + "/sign-off").then().statusCode(403);
        as(admin).body(Map.of("decision", "APPROVE", "reason", "Evidence seen at SPIG"))
                .post(base(S) + "/actions/" + actionId + "/sign-off").then().statusCode(200)
                .body("signOff.status", is("SIGNED_OFF")).body("signOff.by", is("southampton-admin")).body("rag", is("BLUE"));
        // signed off twice? no
        as(admin).body(Map.of("decision", "APPROVE")).post(base(S) + "/actions/" + actionId + "/sign-off").then().statusCode(409);

        List<ConsumerRecord<String, String>> events = TestKafka.read(Topics.ACTION_PLANS, Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> r.key().equals(actionId) && r.value().contains("ActionCompleted")));
        assertEquals(1, events.stream().filter(r -> r.key().equals(actionId) && r.value().contains("lif.action-plans.ActionCompleted.v1")).count());
    }

    @Test
    void aSafeguardingPartnerDoesNotSignOffItsOwnAgencysAction() {
        String police = DemoTokens.southamptonPolice();
        String policeAction = createAction(admin, S, planId, "hampshire-constabulary", TestClock.today().plusDays(30));
        as(police).body(Map.of("note", "Training delivered", "evidence", List.of(textEvidence("Register"))))
                .post(base(S) + "/actions/" + policeAction + "/progress").then().statusCode(201);
        as(police).body(Map.of("summary", "done")).post(base(S) + "/actions/" + policeAction + "/complete").then().statusCode(200);
        as(police).body(Map.of("decision", "APPROVE")).post(base(S) + "/actions/" + policeAction + "/sign-off")
                .then().statusCode(403).body("detail", containsString("not by the agency that owns it"));
        as(admin).body(Map.of("decision", "APPROVE")).post(base(S) + "/actions/" + policeAction + "/sign-off").then().statusCode(200);
        // signed off: no more progress on it
        as(police).body(Map.of("note", "more", "evidence", List.of(textEvidence("x"))))
                .post(base(S) + "/actions/" + policeAction + "/progress").then().statusCode(409);
    }

    @Test
    void refusedSignOffNeedsAReasonAndSendsTheActionBack() {
        progressWithEvidence();
        as(school).body(Map.of("summary", "done")).post(base(S) + "/actions/" + actionId + "/complete").then().statusCode(200);
        as(admin).body(Map.of("decision", "REFUSE")).post(base(S) + "/actions/" + actionId + "/sign-off")
                .then().statusCode(400).body("errors[0].field", is("reason"));
        as(admin).body(Map.of("decision", "REFUSE", "reason", "No evidence the training changed practice"))
                .post(base(S) + "/actions/" + actionId + "/sign-off").then().statusCode(200)
                .body("status", is("IN_PROGRESS")).body("signOff.status", is("REFUSED"))
                .body("signOff.reason", is("No evidence the training changed practice"));
    }

    @Test
    void signedOffActionCanBeReopenedWithAReason() {
        progressWithEvidence();
        as(school).body(Map.of("summary", "done")).post(base(S) + "/actions/" + actionId + "/complete").then().statusCode(200);
        as(admin).body(Map.of("decision", "APPROVE")).post(base(S) + "/actions/" + actionId + "/sign-off").then().statusCode(200);
        as(admin).body(Map.of()).post(base(S) + "/actions/" + actionId + "/reopen").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(school).body(Map.of("reason", "x")).post(base(S) + "/actions/" + actionId + "/reopen").then().statusCode(403);
        as(admin).body(Map.of("reason", "Re-audit found the old practice again"))
                .post(base(S) + "/actions/" + actionId + "/reopen").then().statusCode(200)
                .body("status", is("IN_PROGRESS")).body("signOff.status", is("NONE"));
    }

    @Test
    void notAchievedAndCancelledAreForThePartnershipWithAReason() {
        as(school).body(Map.of("status", "CANCELLED", "reason", "no longer needed"))
                .post(base(S) + "/actions/" + actionId + "/status").then().statusCode(403);
        as(admin).body(Map.of("status", "NOT_ACHIEVED"))
                .post(base(S) + "/actions/" + actionId + "/status").then().statusCode(400);
        as(admin).body(Map.of("status", "NOT_ACHIEVED", "reason", "Funding withdrawn"))
                .post(base(S) + "/actions/" + actionId + "/status").then().statusCode(200)
                .body("status", is("NOT_ACHIEVED")).body("rag", is("RED"));
        as(admin).body(Map.of("status", "IN_PROGRESS"))
                .post(base(S) + "/actions/" + actionId + "/status").then().statusCode(409);
        String other = createAction(admin, S, planId, "youth-options", TestClock.today().plusDays(5));
        as(admin).body(Map.of("status", "CANCELLED", "reason", "Duplicate of another action"))
                .post(base(S) + "/actions/" + other + "/status").then().statusCode(200).body("rag", is("NONE"));
    }

    @Test
    void dueDateChangesKeepHistoryAndReason() {
        LocalDate first = TestClock.today().plusDays(90);
        LocalDate second = TestClock.today().plusDays(120);
        as(admin).body(Map.of("dueDate", second.toString()))
                .put(base(S) + "/actions/" + actionId + "/due-date").then().statusCode(400).body("errors.field", hasItem("reason"));
        as(school).body(Map.of("dueDate", second.toString(), "reason", "x"))
                .put(base(S) + "/actions/" + actionId + "/due-date").then().statusCode(403);
        as(admin).body(Map.of("dueDate", second.toString(), "reason", "Waiting for the national review"))
                .put(base(S) + "/actions/" + actionId + "/due-date").then().statusCode(200)
                .body("dueDate", is(second.toString()))
                .body("dueDateHistory.size()", is(1))
                .body("dueDateHistory[0].from", is(first.toString()))
                .body("dueDateHistory[0].to", is(second.toString()))
                .body("dueDateHistory[0].reason", is("Waiting for the national review"))
                .body("dueDateHistory[0].changedBy", is("southampton-admin"));
    }

    @Test
    void ragIsAmberCloseToTheDueDateAndRedWhenOverdue() {
        String soon = createAction(admin, S, planId, "youth-options", TestClock.today().plusDays(7));
        getAction(admin, S, soon).body("rag", is("AMBER"));
        setDueDate(soon, TestClock.today().minusDays(1));
        getAction(admin, S, soon).body("rag", is("RED")).body("overdue", is(true));
        as(admin).get(base(S) + "/actions?rag=RED&size=100").then().statusCode(200).body("items.id", hasItem(soon))
                .body("items.rag", everyItem(is("RED")));
        as(admin).get(base(S) + "/actions?overdue=true&size=100").then().statusCode(200).body("items.id", hasItem(soon))
                .body("items.id", not(hasItem(actionId)));
    }

    @Test
    void overdueIsRaisedOnceAndAgainOnlyForANewDueDate() {
        String late = createAction(admin, S, planId, "youth-options", TestClock.today().plusDays(3));
        setDueDate(late, TestClock.today().minusDays(2));
        LocalDate today = TestClock.today();
        overdue.detect(today);
        overdue.detect(today);
        overdue.detect(today.plusDays(1));
        List<ConsumerRecord<String, String>> events = TestKafka.read(Topics.ACTION_PLANS, Duration.ofSeconds(10),
                seen -> seen.stream().filter(r -> late.equals(r.key()) && r.value().contains("ActionOverdue")).count() > 1);
        assertEquals(1, events.stream().filter(r -> late.equals(r.key()) && r.value().contains("lif.action-plans.ActionOverdue.v1")).count(),
                "ActionOverdue must be raised once, not on every check");
        assertEquals(true, events.stream().anyMatch(r -> late.equals(r.key()) && r.value().contains("\"subgroup\":\"SILG\"")),
                "the overdue event names the subgroup it escalates to");

        // a new due date that passes raises it again, once
        as(admin).body(Map.of("dueDate", TestClock.today().plusDays(1).toString(), "reason", "Agreed extension"))
                .put(base(S) + "/actions/" + late + "/due-date").then().statusCode(200).body("rag", is("AMBER"));
        overdue.detect(today.plusDays(5));
        overdue.detect(today.plusDays(6));
        events = TestKafka.read(Topics.ACTION_PLANS, Duration.ofSeconds(10),
                seen -> seen.stream().filter(r -> late.equals(r.key()) && r.value().contains("ActionOverdue")).count() > 2);
        assertEquals(2, events.stream().filter(r -> late.equals(r.key()) && r.value().contains("lif.action-plans.ActionOverdue.v1")).count());
    }

    @Test
    void planClosesOnlyWhenEveryActionIsFinishedAndChallengesAnswered() {
        as(admin).body(Map.of("closingSummary", "All done")).post(base(S) + "/action-plans/" + planId + "/close")
                .then().statusCode(409).body("detail", containsString("still open"));
        progressWithEvidence();
        as(school).body(Map.of("summary", "done")).post(base(S) + "/actions/" + actionId + "/complete").then().statusCode(200);
        as(admin).body(Map.of("decision", "APPROVE")).post(base(S) + "/actions/" + actionId + "/sign-off").then().statusCode(200);
        String challengeId = as(DemoTokens.hipsChair()).body(Map.of("question", "What changed for children?"))
                .post(base(S) + "/action-plans/" + planId + "/challenges").then().statusCode(201).extract().path("id");
        as(admin).body(Map.of("closingSummary", "All done")).post(base(S) + "/action-plans/" + planId + "/close")
                .then().statusCode(409).body("detail", containsString("challenge"));
        as(admin).body(Map.of("answer", "Re-audit showed earlier referrals")).post(base(S) + "/action-plans/" + planId
                + "/challenges/" + challengeId + "/response").then().statusCode(200);
        as(admin).body(Map.of("closingSummary", "All actions signed off; re-audit showed impact"))
                .post(base(S) + "/action-plans/" + planId + "/close").then().statusCode(200)
                .body("status", is("CLOSED")).body("closingSummary", is("All actions signed off; re-audit showed impact"));
        as(admin).body(action("youth-options", TestClock.today().plusDays(5)))
                .post(base(S) + "/action-plans/" + planId + "/actions").then().statusCode(409);
    }

    void progressWithEvidence() {
        as(school).body(Map.of("note", "Training delivered", "evidence", List.of(textEvidence("Register of 40 staff"))))
                .post(base(S) + "/actions/" + actionId + "/progress").then().statusCode(201);
    }

    /** Due dates in the past cannot be set through the API; tests move time by moving the date in the database. */
    void setDueDate(String id, LocalDate date) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update action set due_date = :d where id = :id")
                .setParameter("d", date).setParameter("id", UUID.fromString(id)).executeUpdate());
    }
}
