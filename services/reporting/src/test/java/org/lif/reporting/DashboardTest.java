package org.lif.reporting;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.SourceType;
import org.lif.contracts.Topics;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestKafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lif.reporting.Api.*;
import static org.lif.reporting.Events.days;

/**
 * The read model from every event type of every service, against a known data set in a partnership of its own: each
 * dashboard figure, the theme and period filters, the agency view, duplicates, a rebuild from the topics, dead letters.
 */
@QuarkusTest
@WithTestResource(LifTestStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardTest {

    static final String P = newPartnership("dash");
    static final String POLICE = "hampshire-constabulary";
    static final String SCHOOL = "bitterne-park-school";
    static final int YEAR = Events.TODAY.getYear();
    static final List<EventEnvelope> SENT = new ArrayList<>();

    static void knownDataSet() {
        Events e = new Events(P);
        // reviews: four cases; rr1 and rr4 lead to LCSPRs (lcspr1 published on time, lcspr2 overdue)
        SENT.add(e.notification("n1", "rr1", 38, false));
        SENT.add(e.rapidReview("rr1", "n1", true, "LCSPR"));
        SENT.add(e.decision("rr1", "LCSPR", "lcspr1", days(160)));
        SENT.add(e.notification("n2", "rr2", 10, true));
        SENT.add(e.notification("n3", "rr3", 30, false));
        SENT.add(e.rapidReview("rr3", "n3", false, "NO_FURTHER_REVIEW"));
        SENT.add(e.decision("rr3", "NO_FURTHER_REVIEW", null, null));
        SENT.add(e.notification("n4", "rr4", 200, false));
        SENT.add(e.rapidReview("rr4", "n4", true, "LCSPR"));
        SENT.add(e.decision("rr4", "LCSPR", "lcspr2", days(-5)));
        SENT.add(e.published("lcspr1", Events.TODAY, List.of("Neglect")));
        SENT.add(e.theme("lcspr2", "infant injury"));
        // recommendations and actions
        SENT.add(e.recommendation("rec1", SourceType.REVIEW, "lcspr1", List.of("neglect")));
        SENT.add(e.recommendation("rec2", SourceType.AUDIT, "audit1", List.of("domestic abuse")));
        SENT.add(e.plan("p1", List.of("neglect")));
        SENT.add(e.action("a1", "p1", POLICE, days(-45), "rec1"));
        SENT.add(e.action("a2", "p1", SCHOOL, days(10), "rec1"));
        SENT.add(e.status("a2", "p1", SCHOOL, "NOT_STARTED", "IN_PROGRESS"));
        SENT.add(e.action("a3", "p1", SCHOOL, days(100), "rec2"));
        SENT.add(e.status("a3", "p1", SCHOOL, "NOT_STARTED", "COMPLETED"));
        SENT.add(e.completed("a3", "p1", SCHOOL, "rec2"));
        SENT.add(e.action("a4", "p1", POLICE, days(-20), null));
        SENT.add(e.dueChanged("a4", "p1", POLICE, days(-20), days(-100)));
        SENT.add(e.overdue("a4", "p1", POLICE, days(-100)));
        SENT.add(e.plan("p2", List.of()));
        SENT.add(e.planClosed("p2"));
        // audits, Section 11, schools
        SENT.add(e.auditPlanned("audit1", YEAR, days(-10), List.of("domestic abuse")));
        SENT.add(e.auditCompleted("audit1", YEAR, days(-10), days(-12), List.of("domestic abuse")));
        SENT.add(e.auditPlanned("audit2", YEAR, days(-1), List.of()));
        SENT.add(e.auditPlanned("audit3", YEAR, days(30), List.of()));
        SENT.add(e.section11("c0", YEAR - 3, POLICE, List.of(Events.rating("S1", "RED", "RED"))));
        SENT.add(e.section11("c1", YEAR - 1, POLICE, List.of(Events.rating("S1", "RED", "AMBER"), Events.rating("S2", null, "GREEN"))));
        SENT.add(e.section11("c1", YEAR - 1, SCHOOL, List.of(Events.rating("S1", "GREEN", "GREEN"))));
        SENT.add(e.schoolsReturn("w1", SCHOOL, true, Map.of("RED", 1, "AMBER", 2, "GREEN", 10)));
        SENT.add(e.schoolsReturn("w1", "mayfield-school", false, Map.of("GREEN", 13)));
        // training
        SENT.add(e.course("c-neglect", List.of("neglect")));
        SENT.add(e.attendance("b1", "c-neglect", SCHOOL, true));
        SENT.add(e.attendance("b2", "c-neglect", SCHOOL, false));
        SENT.add(e.attendance("b3", "c-neglect", POLICE, true));
        SENT.add(e.evaluation("b1", "c-neglect", SCHOOL, 2, 4, "FULLY", List.of("neglect")));
        SENT.add(e.evaluation("b3", "c-neglect", POLICE, 3, 4, "PARTLY", List.of("neglect")));
        SENT.add(e.impact("f1", "b1", "c-neglect", SCHOOL, 3, 4, 4));
        SENT.add(e.impact("f2", "b1", "c-neglect", SCHOOL, 6, 3, 5));
        SENT.add(e.briefing("br1", List.of("neglect")));
        SENT.add(e.cascade("cs1", "br1", SCHOOL, 40));
        SENT.add(e.cancelled("s9", "c-neglect"));
    }

    static void assertKnownFigures() {
        var d = dashboard(admin(P), P, null);
        assertEquals(List.of(List.of("NOTIFIED", "1"), List.of("RAPID_REVIEW_COMPLETED", "0"), List.of("DECIDED", "3"),
                List.of("REVIEW_IN_PROGRESS", "1"), List.of("REVIEW_PUBLISHED", "1")), table(d, "reviews-by-stage"));
        assertEquals(List.of(List.of("LCSPR", "2"), List.of("NO_FURTHER_REVIEW", "1")), table(d, "review-decisions"));
        assertEquals(List.of(
                List.of("NOTIFICATION_WITHIN_5_WORKING_DAYS", "4", "3", "1", "0", "75.0"),
                List.of("RAPID_REVIEW_WITHIN_15_WORKING_DAYS", "4", "2", "1", "1", "66.7"),
                List.of("LCSPR_FINAL_REPORT_WITHIN_6_MONTHS", "2", "1", "1", "0", "50.0")), table(d, "statutory-timeliness"));
        assertEquals(List.of(List.of("COMPLETED", "1"), List.of("IN_PROGRESS", "1")), table(d, "recommendations-by-status"));
        assertEquals(List.of(List.of("COMPLETED", "1"), List.of("IN_PROGRESS", "1"), List.of("NOT_STARTED", "2")), table(d, "actions-by-status"));
        assertEquals(List.of(List.of("RED", "2"), List.of("AMBER", "1"), List.of("GREEN", "0"), List.of("CLOSED", "1")), table(d, "actions-by-rag"));
        assertEquals(List.of(List.of(SCHOOL, "2", "1", "0", "1"), List.of(POLICE, "2", "2", "2", "0")), table(d, "actions-by-owner-agency"));
        assertEquals(List.of(List.of("1-30", "0"), List.of("31-60", "1"), List.of("61-90", "0"), List.of("over 90", "1")), table(d, "overdue-ageing"));
        assertEquals(List.of(List.of(String.valueOf(YEAR), "3", "1", "1", "1", "33.3")), table(d, "audits-programme"));
        assertEquals(List.of(List.of("S1", "Standard S1", SCHOOL, "GREEN"), List.of("S1", "Standard S1", POLICE, "AMBER"),
                List.of("S2", "Standard S2", POLICE, "GREEN")), table(d, "section11-ratings"));
        assertEquals(List.of(List.of("S1", "0", "1", "1"), List.of("S2", "0", "0", "1")), table(d, "section11-by-standard"));
        assertEquals(List.of(List.of("2025-26", "2", "1", "1", "2", "23")), table(d, "schools-returns"));
        assertEquals(List.of(List.of("attended", "2"), List.of("did not attend", "1"), List.of("non-attendance percent", "33.3"),
                List.of("agencies reached", "2"), List.of("evaluations", "2"), List.of("mean confidence before", "2.5"),
                List.of("mean confidence after", "4.0"), List.of("outcomes fully met percent", "50.0"), List.of("briefing cascades", "1"),
                List.of("staff reached by cascades", "40"), List.of("briefings published", "1"), List.of("sessions cancelled", "1")),
                table(d, "training-summary"));
        assertEquals(List.of(List.of(SCHOOL, "1", "1", "50.0"), List.of(POLICE, "1", "0", "0.0")), table(d, "training-reach"));
        assertEquals(List.of(List.of("FULLY", "1", "2.0", "4.0"), List.of("PARTLY", "1", "3.0", "4.0")), table(d, "training-evaluation"));
        assertEquals(List.of(List.of("after 3 months", "1", "4.0", "4.0"), List.of("after 6 months", "1", "3.0", "5.0")), table(d, "training-impact"));
    }

    @Test
    @Order(1)
    void everyFigureOfAKnownDataSet() {
        knownDataSet();
        await(() -> {
            assertKnownFigures();
            return true;
        }, "the dashboard to show the known data set");
    }

    @Test
    @Order(2)
    void themeAndPeriodFilters() {
        var neglect = dashboard(admin(P), P, "theme=Neglect");
        assertEquals(List.of(List.of("NOTIFIED", "0"), List.of("RAPID_REVIEW_COMPLETED", "0"), List.of("DECIDED", "1"),
                List.of("REVIEW_IN_PROGRESS", "0"), List.of("REVIEW_PUBLISHED", "1")), table(neglect, "reviews-by-stage"));
        assertEquals(List.of(List.of("IN_PROGRESS", "1")), table(neglect, "recommendations-by-status"));
        assertEquals(List.of(), table(neglect, "audits-programme"));
        assertEquals(List.of(List.of(String.valueOf(YEAR), "1", "1", "1", "0", "100.0")),
                table(admin(P), P, "theme=domestic-abuse", "audits-programme"));
        // actions due from 15 days ago: a2 and a3 only
        assertEquals(List.of(List.of("COMPLETED", "1"), List.of("IN_PROGRESS", "1")),
                table(admin(P), P, "from=" + days(-15), "actions-by-status"));
        as(admin(P)).get(base(P) + "/dashboard?from=" + days(1) + "&to=" + days(-1)).then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    @Order(3)
    void agenciesSeeOnlyTheirOwnFiguresAndEveryTableExportsAsCsv() {
        var school = dashboard(agency(P, SCHOOL), P, null).body("agency", is(SCHOOL));
        assertNull(table(school, "reviews-by-stage"));
        assertNull(table(school, "statutory-timeliness"));
        assertNull(table(school, "audits-programme"));
        assertEquals(List.of(List.of("COMPLETED", "1"), List.of("IN_PROGRESS", "1")), table(school, "actions-by-status"));
        assertEquals(List.of(List.of(SCHOOL, "1", "1", "50.0")), table(school, "training-reach"));
        assertEquals(List.of(List.of("S1", "Standard S1", SCHOOL, "GREEN")), table(school, "section11-ratings"));
        as(agency(P, SCHOOL)).get(base(P) + "/dashboard/reviews-by-stage").then().statusCode(404);

        List<String> names = dashboard(admin(P), P, null).extract().path("tables.name");
        for (String name : names) {
            String csv = as(admin(P)).accept("text/csv").get(base(P) + "/dashboard/" + name).then().statusCode(200)
                    .contentType(startsWith("text/csv")).extract().asString();
            assertTrue(csv.lines().count() >= 1, name);
        }
        String csv = as(admin(P)).get(base(P) + "/dashboard/actions-by-owner-agency?format=csv").then().statusCode(200).extract().asString();
        assertEquals("ownerAgency,total,open,overdue,completed\r\n" + SCHOOL + ",2,1,0,1\r\n" + POLICE + ",2,2,2,0\r\n", csv);
    }

    @Test
    @Order(4)
    void duplicatesAreIgnoredAndAReopenedActionMakesItsRecommendationOpenAgain() {
        SENT.forEach(Events::resend);
        Events e = new Events(P);
        e.status("a3", "p1", SCHOOL, "COMPLETED", "IN_PROGRESS");
        await(() -> table(admin(P), P, null, "recommendations-by-status").equals(List.of(List.of("IN_PROGRESS", "2"))), "rec2 reopened");
        assertEquals(List.of(List.of("IN_PROGRESS", "2"), List.of("NOT_STARTED", "2")), table(admin(P), P, null, "actions-by-status"));
        e.status("a3", "p1", SCHOOL, "IN_PROGRESS", "COMPLETED");
        SENT.add(e.completed("a3", "p1", SCHOOL, "rec2"));
        await(() -> {
            assertKnownFigures();
            return true;
        }, "the figures, unchanged by duplicates");
    }

    @Test
    @Order(5)
    void rebuildReplaysTheTopicsWithoutCountingTwice() {
        int before = as(host()).get("/api/v1/host/read-model").then().statusCode(200).extract().path("generation");
        as(host()).post("/api/v1/host/read-model/rebuild").then().statusCode(202).body("status", is("RUNNING")).body("generation", is(before + 1));
        as(host()).post("/api/v1/host/read-model/rebuild").then().statusCode(409);
        // events arriving during the rebuild count once too
        Events e = new Events(P);
        e.attendance("b4", "c-neglect", POLICE, true);
        await(() -> "IDLE".equals(as(host()).get("/api/v1/host/read-model").then().extract().path("status")), "rebuild to finish");
        as(host()).get("/api/v1/host/read-model").then().body("generation", is(before + 1));
        await(() -> table(admin(P), P, null, "training-reach").equals(List.of(List.of(SCHOOL, "1", "1", "50.0"), List.of(POLICE, "2", "0", "0.0"))),
                "b4 counted once");
        e.attendance("b4", "c-neglect", POLICE, false); // a correction of b4: still one booking
        await(() -> table(admin(P), P, null, "training-reach").equals(List.of(List.of(SCHOOL, "1", "1", "50.0"), List.of(POLICE, "1", "1", "50.0"))),
                "b4 corrected");
        e.attendance("b4", "c-neglect", POLICE, true);
        await(() -> table(admin(P), P, null, "training-reach").equals(List.of(List.of(SCHOOL, "1", "1", "50.0"), List.of(POLICE, "2", "0", "0.0"))),
                "b4 attended again");
        var d = dashboard(admin(P), P, null);
        assertEquals(List.of(List.of("RED", "2"), List.of("AMBER", "1"), List.of("GREEN", "0"), List.of("CLOSED", "1")), table(d, "actions-by-rag"));
        assertEquals(List.of(List.of("COMPLETED", "1"), List.of("IN_PROGRESS", "1")), table(d, "recommendations-by-status"));
        assertEquals(List.of(List.of("S1", "0", "1", "1"), List.of("S2", "0", "0", "1")), table(d, "section11-by-standard"));
        assertEquals(List.of(List.of("after 3 months", "1", "4.0", "4.0"), List.of("after 6 months", "1", "3.0", "5.0")), table(d, "training-impact"));
    }

    @Test
    @Order(6)
    void malformedEventsAreDeadLettered() {
        String key = "poison-" + UUID.randomUUID();
        TestKafka.send(Topics.TRAINING, key, "{not json");
        List<ConsumerRecord<String, String>> dead = TestKafka.read(Topics.deadLetterOf(Topics.TRAINING), Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> key.equals(r.key())));
        assertTrue(dead.stream().anyMatch(r -> key.equals(r.key())), "malformed event not dead-lettered");
    }

    @Test
    @Order(7)
    void anOpenedDashboardShowsTheNextEventOnceCounted() {
        List<List<String>> opened = table(admin(P), P, null, "training-reach"); // the whole dashboard: now kept
        new Events(P).attendance("b5", "c-neglect", SCHOOL, true);
        await(() -> !singleTable("training-reach").equals(opened), "b5 counted in the read model");
        await(() -> table(admin(P), P, null, "training-reach").equals(singleTable("training-reach")),
                "the whole dashboard to show b5 (the kept one forgotten)");
    }

    /** One table alone (never kept: always counted from the read model). */
    static List<List<String>> singleTable(String name) {
        List<List<Object>> rows = as(admin(P)).get(base(P) + "/dashboard/" + name).then().statusCode(200).extract().path("rows");
        return rows.stream().map(r -> r.stream().map(String::valueOf).toList()).toList();
    }
}
