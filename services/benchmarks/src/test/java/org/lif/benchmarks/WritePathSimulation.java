package org.lif.benchmarks;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * The write path: agencies' actions created through action-plans' public API ({@code POST
 * /action-plans/{planId}/actions}, one transaction: the action, its outbox event and its audit entry), as the
 * partnership admin with a real token.
 * <ul>
 *   <li>{@code lif.bench.mode=peak}: {@code lif.bench.users} callers each sending back to back for
 *       {@code lif.bench.seconds}: the highest throughput (closed model).</li>
 *   <li>{@code lif.bench.mode=rate}: {@code lif.bench.rate} new requests a second for {@code lif.bench.seconds}
 *       whatever the answers' speed (open model): the latency at that load. The event path runs this at 200/s. With
 *       {@code lif.bench.lead-in-seconds}, that many seconds at the same rate come first and are reported apart, as
 *       the request "lead-in" (the measured requests are "create action").</li>
 * </ul>
 * Every request must be answered 201: a failed request fails the run.
 */
public class WritePathSimulation extends Simulation {

    static final String[] AGENCIES = {"hampshire-constabulary", "bitterne-park-school", "youth-options", "southampton-city-council",
            "solent-nhs-trust", "hampshire-probation"};

    final String mode = BenchSettings.get("lif.bench.mode", "peak");
    final Duration duration = BenchSettings.seconds("lif.bench.seconds", 30);
    final String run = BenchSettings.get("lif.bench.run", "bench");
    /** rate mode: seconds at the same rate before the measured ones, reported as the request "lead-in" (default 0) */
    final Duration leadIn = BenchSettings.seconds("lif.bench.lead-in-seconds", 0);
    final AtomicLong sequence = new AtomicLong();
    /**
     * rate mode: a file to write, after the run, the instant the first measured (not lead-in) request was sent; the
     * event phase measures the event path from there (deploy/local/bench.sh)
     */
    final String measuredFromFile = BenchSettings.get("lif.bench.measured-from-file", "");
    final AtomicReference<Instant> measuredFrom = new AtomicReference<>();

    final HttpProtocolBuilder protocol = http.baseUrl(BenchSettings.url("action-plans", 8084))
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + BenchSettings.token())
            .shareConnections();

    final ChainBuilder createAction = createAction("create action");

    /** Creates one action; the request is reported under {@code name}. */
    ChainBuilder createAction(String name) {
        return feed(Stream.generate(() -> {
            long n = sequence.incrementAndGet();
            return Map.<String, Object>of(
                    "description", run + " action " + n + ": audit the use of the neglect toolkit in " + AGENCIES[(int) (n % AGENCIES.length)],
                    "agency", AGENCIES[(int) (n % AGENCIES.length)],
                    "due", LocalDate.now().plusDays(30 + n % 300).toString(),
                    "key", UUID.randomUUID().toString());
        }).iterator())
                .exec(http(name)
                        .post("/api/v1/partnerships/" + BenchSettings.partnership() + "/action-plans/" + BenchSettings.get("lif.bench.plan-id", null) + "/actions")
                        .header("Idempotency-Key", "#{key}")
                        .body(StringBody("{\"description\":\"#{description}\",\"ownerAgency\":\"#{agency}\",\"lead\":\"Benchmark lead\",\"dueDate\":\"#{due}\"}"))
                        .check(status().is(201)));
    }

    {
        if (mode.equals("rate")) {
            int rate = BenchSettings.integer("lif.bench.rate", 200);
            PopulationBuilder measured = scenario("create actions at " + rate + "/s")
                    .exec(session -> {
                        measuredFrom.compareAndSet(null, Instant.now());
                        return session;
                    })
                    .exec(createAction)
                    .injectOpen(constantUsersPerSec(rate).during(duration));
            if (leadIn.isZero()) {
                setUp(measured).protocols(protocol).assertions(global().failedRequests().count().is(0L));
            } else {
                // the same rate first, reported apart ("lead-in"): Gatling's own JVM starts cold on the same cores
                setUp(scenario("lead-in at " + rate + "/s").exec(createAction("lead-in"))
                        .injectOpen(constantUsersPerSec(rate).during(leadIn)).andThen(measured))
                        .protocols(protocol)
                        .assertions(global().failedRequests().count().is(0L));
            }
        } else {
            ScenarioBuilder scenario = scenario("create actions back to back").during(duration).on(createAction);
            setUp(scenario.injectOpen(atOnceUsers(BenchSettings.integer("lif.bench.users", 16))))
                    .protocols(protocol)
                    .assertions(global().failedRequests().count().is(0L));
        }
    }

    @Override
    public void after() {
        if (!measuredFromFile.isEmpty() && measuredFrom.get() != null) {
            try {
                Files.writeString(Path.of(measuredFromFile), measuredFrom.get().toString() + System.lineSeparator());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + measuredFromFile, e);
            }
        }
    }
}
