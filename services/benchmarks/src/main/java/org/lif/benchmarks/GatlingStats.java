package org.lif.benchmarks;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Reads the newest Gatling report of a simulation (the {@code var stats = {...}} object literal of its
 * {@code js/stats.js}: Gatling 3.13 writes no stats.json) and prints one line per request and one for all requests: count, failures, mean throughput and the percentiles Gatling computed (50, 75, 95, 99) in ms.
 * <p>
 * Arguments: the Gatling results folder, the simulation's folder prefix (its class name in lower case).
 */
public final class GatlingStats {

    private GatlingStats() {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        Path report;
        try (Stream<Path> runs = Files.list(results)) {
            report = runs.filter(p -> p.getFileName().toString().startsWith(args[1]))
                    .filter(p -> Files.exists(p.resolve("js/stats.js")))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report starting with " + args[1] + " in " + results));
        }
        JsonNode root = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES).build()
                .readTree(statsObject(Files.readString(report.resolve("js/stats.js"))));
        print("All requests", root.get("stats"));
        root.path("contents").forEach(content -> print(content.path("stats").path("name").asText(), content.get("stats")));
        System.out.println("REPORT " + report.toAbsolutePath());
    }

    /** The object literal assigned to {@code stats}: from its first brace to the brace that closes it. */
    static String statsObject(String js) {
        int start = js.indexOf('{', js.indexOf("var stats"));
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < js.length(); i++) {
            char c = js.charAt(i);
            if (c == '"' && js.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && c == '{') {
                depth++;
            } else if (!inString && c == '}' && --depth == 0) {
                return js.substring(start, i + 1);
            }
        }
        throw new IllegalStateException("no complete stats object in stats.js");
    }

    private static void print(String name, JsonNode stats) {
        System.out.printf("RESULT gatling name=\"%s\" count=%d ko=%d rps=%.1f p50=%d p75=%d p95=%d p99=%d max=%d%n", name,
                stats.path("numberOfRequests").path("total").asLong(), stats.path("numberOfRequests").path("ko").asLong(),
                stats.path("meanNumberOfRequestsPerSecond").path("total").asDouble(),
                stats.path("percentiles1").path("total").asLong(), stats.path("percentiles2").path("total").asLong(),
                stats.path("percentiles3").path("total").asLong(), stats.path("percentiles4").path("total").asLong(),
                stats.path("maxResponseTime").path("total").asLong());
    }
}
