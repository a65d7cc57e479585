package org.lif.benchmarks;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * The read path over a partnership among 20 with 10 years of records (deploy/local/bench/seed-read-path.sql): filtered,
 * paged action lists (action-plans), an agency's bookings (training) and the partnership's dashboard for a reporting
 * year (reporting), each named on its own in the report. {@code lif.bench.users} callers send back to back for
 * {@code lif.bench.seconds}. Every answer must be 200.
 */
public class ReadPathSimulation extends Simulation {

    static final String[] STATUSES = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED", "CANCELLED"};
    static final String[] AGENCIES = WritePathSimulation.AGENCIES;

    final Duration duration = BenchSettings.seconds("lif.bench.seconds", 60);
    final String partnership = BenchSettings.partnership();
    final String actionPlans = BenchSettings.url("action-plans", 8084) + "/api/v1/partnerships/" + partnership;
    final String training = BenchSettings.url("training", 8083) + "/api/v1/partnerships/" + partnership;
    final String reporting = BenchSettings.url("reporting", 8085) + "/api/v1/partnerships/" + partnership;
    final int lastYear = LocalDate.now().getYear() - 1;

    final HttpProtocolBuilder protocol = http
            .acceptHeader("application/json")
            .authorizationHeader("Bearer " + BenchSettings.token())
            .shareConnections();

    final ChainBuilder reads = feed(Stream.generate(() -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int year = lastYear - random.nextInt(10);
        int quarterStartMonth = 1 + 3 * random.nextInt(4);
        LocalDate quarter = LocalDate.of(year, quarterStartMonth, 1);
        return Map.<String, Object>of(
                "status", STATUSES[random.nextInt(STATUSES.length)],
                "agency", AGENCIES[random.nextInt(AGENCIES.length)],
                "page", random.nextInt(20),
                "dueFrom", quarter.toString(),
                "dueTo", quarter.plusMonths(3).minusDays(1).toString(),
                "yearFrom", LocalDate.of(year, 4, 1).toString(),
                "yearTo", LocalDate.of(year + 1, 3, 31).toString());
    }).iterator())
            .exec(http("actions: by status and agency, a page").get(actionPlans + "/actions?status=#{status}&ownerAgency=#{agency}&page=#{page}&size=20")
                    .check(status().is(200)))
            .exec(http("actions: due in a quarter, a page").get(actionPlans + "/actions?dueFrom=#{dueFrom}&dueTo=#{dueTo}&page=#{page}&size=20")
                    .check(status().is(200)))
            .exec(http("bookings: an agency's, a page").get(training + "/bookings?agency=#{agency}&page=#{page}&size=20")
                    .check(status().is(200)))
            .exec(http("dashboard: a reporting year").get(reporting + "/dashboard?from=#{yearFrom}&to=#{yearTo}")
                    .check(status().is(200)));

    {
        ScenarioBuilder scenario = scenario("read lists and the dashboard").during(duration).on(reads);
        setUp(scenario.injectOpen(atOnceUsers(BenchSettings.integer("lif.bench.users", 8))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
