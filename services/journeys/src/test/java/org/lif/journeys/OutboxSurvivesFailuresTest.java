package org.lif.journeys;

import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lif.contracts.EventCodec;
import org.lif.contracts.actionplans.ActionCreatedV1;
import org.lif.contracts.actionplans.ActionPlanEvents;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKafka;
import org.lif.testkit.TestKeycloak;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Fault tolerance of the write path, with the action-plans service running as in production: while Kafka cannot be
 * reached, writes still succeed (their events wait in the outbox); the service is then killed with SIGKILL in the
 * middle of a burst of concurrent writes; restarted with Kafka back, it publishes every waiting event. Afterwards
 * every action in the service's database has its {@code ActionCreated} event on the topic, and no event names an action
 * that does not exist: nothing lost, nothing invented.
 */
class OutboxSurvivesFailuresTest {

    static final String DATABASE = "journey_outbox_faults";
    static final String P = "/api/v1/partnerships/southampton";
    static final String UNREACHABLE_KAFKA = "127.0.0.1:" + RunningService.freePort();

    RunningService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void writesDuringAKafkaOutageAndACrashAreAllPublishedOnceTheServiceIsBack() throws Exception {
        FreshInstallation.consumersStartAtTheEnd();
        Map<String, String> env = RunningService.environment(DATABASE);
        String admin = TestKeycloak.token("southampton-admin");

        // 1. Kafka is unreachable: the service starts and accepts writes; their events wait in the outbox
        Map<String, String> withoutKafka = new java.util.HashMap<>(env);
        withoutKafka.put("KAFKA_BOOTSTRAP_SERVERS", UNREACHABLE_KAFKA);
        service = RunningService.start("action-plans", withoutKafka);
        service.awaitStarted(RunningService.STARTUP);
        String plan = given().baseUri(service.url()).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("title", "Neglect audit actions", "source", Map.of("type", "AUDIT", "reference", "audit-neglect-2026"),
                        "scope", "MULTI_AGENCY", "themes", List.of("neglect")))
                .post(P + "/action-plans").then().statusCode(201).extract().path("id");
        int acknowledgedBeforeCrash = createActions(service, admin, plan, 20, 1).size();
        assertEquals(20, acknowledgedBeforeCrash, "writes succeed while Kafka is down");

        // 2. SIGKILL in the middle of a burst of concurrent writes (some answered, some cut off)
        ExecutorService burst = Executors.newFixedThreadPool(4);
        AtomicInteger answered = new AtomicInteger();
        List<Future<?>> writers = new ArrayList<>();
        RunningService running = service;
        for (int w = 0; w < 4; w++) {
            writers.add(burst.submit(() -> answered.addAndGet(createActions(running, admin, plan, 25, 1).size())));
        }
        while (answered.get() < 10) {
            RunningService.sleep(20);
        }
        service.kill();
        burst.shutdown();
        assertTrue(burst.awaitTermination(60, TimeUnit.SECONDS));
        long waiting = count("select count(*) from outbox_message where published_at is null");
        assertTrue(waiting >= 30, "events were waiting in the outbox when the service died: " + waiting);

        // 3. restarted with Kafka back: the outbox resumes, and new writes go through as usual
        service = RunningService.start("action-plans", env);
        service.awaitReady(RunningService.STARTUP);
        createActions(service, admin, plan, 10, 10);

        Set<String> actions = ids("select id::text from action");
        assertTrue(actions.size() >= 30 + 10, "actions stored: " + actions.size());
        Set<String> published = new HashSet<>();
        List<ConsumerRecord<String, String>> records = TestKafka.read("lif.action-plans.events", Duration.ofSeconds(60), seen -> {
            published.clear();
            seen.stream().map(r -> EventCodec.read(r.value())).filter(e -> e.type().equals(ActionPlanEvents.ACTION_CREATED.toString()))
                    .map(e -> EventCodec.payload(e, ActionCreatedV1.class)).filter(a -> a.planId().equals(plan))
                    .map(ActionCreatedV1::actionId).forEach(published::add);
            return published.containsAll(actions);
        });
        assertEquals(actions, published, "every stored action, and only those, was published (" + records.size() + " records read)");
        assertEquals(0, count("select count(*) from outbox_message where published_at is null"), "the outbox is empty");
    }

    /** Creates up to {@code n} actions one after another; stops at the first failure (e.g. the service died). */
    static List<String> createActions(RunningService target, String token, String plan, int n, int dueInDays) {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            try {
                created.add(given().baseUri(target.url()).auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("description", "Refresh neglect training, cohort " + i, "ownerAgency", "youth-options",
                                "lead", "Training lead", "dueDate", TestClock.today().plusDays(dueInDays + i).toString()))
                        .post(P + "/action-plans/" + plan + "/actions").then().statusCode(201).extract().path("id"));
            } catch (Exception | AssertionError cutOff) {
                break;
            }
        }
        return created;
    }

    static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(RunningService.jdbcUrl(DATABASE), "postgres", "postgres");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Set<String> ids(String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(RunningService.jdbcUrl(DATABASE), "postgres", "postgres");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
