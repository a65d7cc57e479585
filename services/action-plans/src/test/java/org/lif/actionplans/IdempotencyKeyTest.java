package org.lif.actionplans;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lif.actionplans.Api.*;

/** Agencies' integrations retry: the same Idempotency-Key and request create once and answer the same. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class IdempotencyKeyTest {

    @Test
    void retryWithTheSameKeyCreatesOnceAndReplaysTheAnswer() {
        String admin = DemoTokens.southamptonAdmin();
        String key = UUID.randomUUID().toString();
        String title = "Idempotent plan " + System.nanoTime();
        String first = as(admin).header("Idempotency-Key", key).body(plan(title)).post(base("southampton") + "/action-plans")
                .then().statusCode(201).header("Idempotency-Replayed", nullValue()).extract().path("id");
        String second = as(admin).header("Idempotency-Key", key).body(plan(title)).post(base("southampton") + "/action-plans")
                .then().statusCode(201).header("Idempotency-Replayed", is("true"))
                .header("Location", endsWith(first)).extract().path("id");
        assertEquals(first, second);
        List<String> ids = as(admin).get(base("southampton") + "/action-plans?size=100").then().extract()
                .path("items.findAll { it.title == '" + title + "' }.id");
        assertEquals(1, ids.size());

        // same key, different request
        as(admin).header("Idempotency-Key", key).body(plan(title + " changed")).post(base("southampton") + "/action-plans")
                .then().statusCode(422).contentType("application/problem+json");
        // keys are per caller: another user's identical key is a different request
        as(DemoTokens.southamptonPolice()).header("Idempotency-Key", key).body(plan(title)).post(base("southampton") + "/action-plans")
                .then().statusCode(201).header("Idempotency-Replayed", nullValue());
    }

    @Test
    void concurrentRetriesWithTheSameKeyCreateOnce() throws Exception {
        String admin = DemoTokens.southamptonAdmin();
        String planId = createPlan(admin, "southampton", "Concurrent retries " + System.nanoTime());
        String key = UUID.randomUUID().toString();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(callers.submit(() -> as(admin).header("Idempotency-Key", key)
                        .body(action("youth-options", TestClock.today().plusDays(10)))
                        .post(base("southampton") + "/action-plans/" + planId + "/actions").then().extract()));
            }
            Set<String> ids = new HashSet<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get(30, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.size(), "every retry answered with the one action created");
        } finally {
            callers.shutdownNow();
        }
        as(admin).get(base("southampton") + "/action-plans/" + planId).then().body("actions.size()", is(1));
    }

    @Test
    void aFailedRequestDoesNotUseUpTheKey() {
        String admin = DemoTokens.southamptonAdmin();
        String planId = createPlan(admin, "southampton", "Idempotent actions " + System.nanoTime());
        String key = UUID.randomUUID().toString();
        as(admin).header("Idempotency-Key", key).body(action("youth-options", TestClock.today().minusDays(1)))
                .post(base("southampton") + "/action-plans/" + planId + "/actions").then().statusCode(400);
        as(admin).header("Idempotency-Key", key).body(action("youth-options", TestClock.today().plusDays(10)))
                .post(base("southampton") + "/action-plans/" + planId + "/actions").then().statusCode(201);
        as(admin).header("Idempotency-Key", key).body(action("youth-options", TestClock.today().plusDays(10)))
                .post(base("southampton") + "/action-plans/" + planId + "/actions").then().statusCode(201)
                .header("Idempotency-Replayed", is("true"));
        as(admin).get(base("southampton") + "/action-plans/" + planId).then().body("actions.size()", is(1));
    }
}
