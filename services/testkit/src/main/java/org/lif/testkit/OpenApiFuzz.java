package org.lif.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes every operation of the API a service serves at {@code /q/openapi} (the same document as the committed
 * {@code docs/api/<service>.yaml}, see {@link OpenApiContract}): mutated bodies (wrong types, nulls, huge values,
 * missing and unknown fields), malformed JSON, wrong content types, garbage path and query parameters, garbage
 * headers, no token at all (401), and a caller holding every role of another partnership (403). It asserts what a
 * caller relies on:
 * <ul>
 *   <li>no response is a 5xx;</li>
 *   <li>every 4xx is {@code application/problem+json} and never shows a stack trace or class name;</li>
 *   <li>a refused request writes nothing: the row count of every table of the service's database is unchanged.</li>
 * </ul>
 * Call from a {@code @QuarkusTest} of the service (RestAssured points at it; the datasource settings are read from
 * the service's configuration).
 */
public final class OpenApiFuzz {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The date in sample bodies: in the past, as most LIF dates (incidents, sessions, returns) must be. */
    private static final java.time.LocalDate SAMPLE_DAY = java.time.LocalDate.of(2026, 3, 2);
    private static final String HUGE = "x".repeat(200_000);
    /** Tables a refused request may legitimately touch (remembered idempotent answers, consumed events, Flyway). */
    private static final List<String> NOT_COUNTED = List.of("idempotent_request", "processed_event", "flyway_schema_history");
    private static final List<String> LEAKS = List.of("Exception", "org.hibernate", "io.quarkus", "jakarta.", "java.lang", "\tat ");

    private final String partnership;
    private final String token;
    private final String outsider;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    private OpenApiFuzz(String partnership, String token) {
        this.partnership = partnership;
        this.token = token;
        TestTokens.Builder other = TestTokens.user("outsider").agency("hampshire-constabulary");
        for (String role : List.of("partnership-admin", "safeguarding-partner", "relevant-agency", "independent-chair",
                "independent-reviewer", "practitioner")) {
            other.role("outsider-partnership", role);
        }
        this.outsider = other.token();
    }

    /** The partnership the fuzz works in by default: its own, so what its valid-looking requests create stays there. */
    public static final String PARTNERSHIP = "fuzz-partnership";

    /**
     * Runs the fuzz in {@link #PARTNERSHIP} as its partnership-admin and safeguarding partner (an agency user of
     * hampshire-constabulary), so that requests reach validation rather than stop at access control.
     */
    public static int assertEveryOperationRefusesBadInputCleanly() {
        return assertEveryOperationRefusesBadInputCleanly(PARTNERSHIP, TestTokens.user("fuzz")
                .role(PARTNERSHIP, "partnership-admin").role(PARTNERSHIP, "safeguarding-partner")
                .agency("hampshire-constabulary").token());
    }

    /**
     * Runs the fuzz as a caller holding {@code token} (give it the widest roles of {@code partnership}, so requests
     * reach validation rather than stop at access control) and fails with every problem found.
     *
     * @return the number of requests sent
     */
    public static int assertEveryOperationRefusesBadInputCleanly(String partnership, String token) {
        OpenApiFuzz fuzz = new OpenApiFuzz(partnership, token);
        try (RowCounter rows = RowCounter.open()) {
            JsonNode doc = OpenApiOperations.served(null);
            for (OpenApiOperations.Operation op : OpenApiOperations.of(doc)) {
                fuzz.operation(doc, rows, op.method(), op.template(), op.pathItem(), op.node());
            }
        }
        System.out.printf("OpenApiFuzz: %d requests, answers by status %s%n", fuzz.requests, fuzz.statuses);
        assertTrue(fuzz.failures.isEmpty(), fuzz.failures.size() + " problem(s) in " + fuzz.requests + " requests:\n"
                + fuzz.failures.stream().limit(40).collect(Collectors.joining("\n")));
        return fuzz.requests;
    }

    // ---- one operation -------------------------------------------------------------------------

    private void operation(JsonNode doc, RowCounter rows, String method, String template, JsonNode pathItem, JsonNode op) {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        op.path("parameters").forEach(parameters::add);
        JsonNode bodySchema = jsonBodySchema(doc, op);
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (String name : OpenApiOperations.variables(template)) {
            pathValues.put(name, "partnershipId".equals(name) ? partnership : UUID.randomUUID().toString());
        }
        String validPath = path(template, pathValues);
        String sample = bodySchema == null ? null : OpenApiOperations.sample(doc, bodySchema, SAMPLE_DAY).toString();

        send(rows, method, validPath, token, sample == null ? null : "application/json", sample, Map.of(), "valid-looking request");
        send(rows, method, validPath, null, sample == null ? null : "application/json", sample, Map.of(), "no token", 401);
        if (pathValues.containsKey("partnershipId")) {
            send(rows, method, validPath, outsider, sample == null ? null : "application/json", sample, Map.of(),
                    "every role, but of another partnership", 403);
        }

        for (String name : pathValues.keySet()) {
            if ("partnershipId".equals(name)) {
                continue;
            }
            for (String garbage : List.of("not-an-id", "-1", "1e309", HUGE.substring(0, 5_000), "%00%27%22", "' or 1=1 --")) {
                Map<String, String> bad = new LinkedHashMap<>(pathValues);
                bad.put(name, garbage);
                send(rows, method, path(template, bad), token, sample == null ? null : "application/json", sample, Map.of(),
                        "path " + name + "=" + abbreviate(garbage));
            }
        }
        for (JsonNode p : parameters) {
            String in = p.path("in").asText();
            String name = p.path("name").asText();
            for (String garbage : List.of("zzz", "-1", "99999999999999999999", "2026-13-45", "", HUGE.substring(0, 5_000))) {
                if ("query".equals(in)) {
                    send(rows, method, validPath + "?" + name + "=" + encode(garbage), token,
                            sample == null ? null : "application/json", sample, Map.of(), "query " + name + "=" + abbreviate(garbage));
                } else if ("header".equals(in) && !garbage.isEmpty()) {
                    send(rows, method, validPath, token, sample == null ? null : "application/json", sample,
                            Map.of(name, garbage), "header " + name + "=" + abbreviate(garbage));
                }
            }
        }
        if (bodySchema == null) {
            return;
        }
        for (String raw : List.of("", "{", "null", "[]", "\"text\"", "42", "{\"a\":" + "[".repeat(5_000) + "}",
                "{\"x\":\"" + HUGE + "\"}")) {
            send(rows, method, validPath, token, "application/json", raw, Map.of(), "body " + abbreviate(raw));
        }
        send(rows, method, validPath, token, "text/plain", sample, Map.of(), "text/plain body");
        send(rows, method, validPath, token, "application/xml", "<a/>", Map.of(), "xml body");
        send(rows, method, validPath, token, null, sample, Map.of(), "body without content type");
        JsonNode valid = JSON.valueToTree(OpenApiOperations.sample(doc, bodySchema, SAMPLE_DAY));
        if (valid instanceof ObjectNode object) {
            ObjectNode unknown = object.deepCopy();
            unknown.put("surelyNotAField", "x");
            send(rows, method, validPath, token, "application/json", unknown.toString(), Map.of(), "unknown field");
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                for (Map.Entry<String, JsonNode> m : mutations().entrySet()) {
                    ObjectNode mutated = object.deepCopy();
                    mutated.set(field, m.getValue());
                    send(rows, method, validPath, token, "application/json", mutated.toString(), Map.of(), field + " = " + m.getKey());
                }
                ObjectNode missing = object.deepCopy();
                missing.remove(field);
                send(rows, method, validPath, token, "application/json", missing.toString(), Map.of(), "without " + field);
            }
        }
    }

    private static Map<String, JsonNode> mutations() {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put("null", NODES.nullNode());
        m.put("huge text", NODES.textNode(HUGE));
        m.put("blank text", NODES.textNode("  "));
        m.put("not a date", NODES.textNode("2026-02-30"));
        m.put("huge number", NODES.numberNode(new java.math.BigDecimal("1e400")));
        m.put("negative", NODES.numberNode(-2147483649L));
        m.put("fraction", NODES.numberNode(0.5));
        m.put("boolean", NODES.booleanNode(true));
        m.put("object", NODES.objectNode().put("a", 1));
        ArrayNode huge = NODES.arrayNode();
        for (int i = 0; i < 2_000; i++) {
            huge.add("item-" + i);
        }
        m.put("huge array", huge);
        m.put("array of nulls", NODES.arrayNode().addNull().addNull());
        return m;
    }

    // ---- requests and checks -------------------------------------------------------------------

    private void send(RowCounter rows, String method, String path, String bearer, String contentType, String body,
                      Map<String, String> headers, String what) {
        send(rows, method, path, bearer, contentType, body, headers, what, null);
    }

    private void send(RowCounter rows, String method, String path, String bearer, String contentType, String body,
                      Map<String, String> headers, String what, Integer expected) {
        requests++;
        long before = rows.count();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, */*;q=0.1")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (contentType != null && body != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            failures.add(method + " " + abbreviate(path) + " [" + what + "]: no answer (" + e + ")");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String where = method + " " + abbreviate(path) + " [" + what + "] -> " + status;
        if (status >= 500) {
            failures.add(where + ": server error " + abbreviate(response.body()));
            return;
        }
        if (expected != null && status != expected) {
            failures.add(where + ": expected " + expected + " " + abbreviate(response.body()));
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add(where + ": not problem+json but '" + type + "'");
            }
            for (String leak : LEAKS) {
                if (response.body().contains(leak)) {
                    failures.add(where + ": the answer shows internals (" + leak + "): " + abbreviate(response.body()));
                    break;
                }
            }
            long after = rows.count();
            if (after != before) {
                failures.add(where + ": refused, yet " + (after - before) + " row(s) were written");
            }
        }
    }

    private static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static String path(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", encode(v.getValue()).replace("+", "%20"));
        }
        return path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replace('\n', ' ');
        return one.length() > 120 ? one.substring(0, 120) + "…(" + one.length() + " chars)" : one;
    }

    // ---- sample bodies from the schema ---------------------------------------------------------

    private static JsonNode jsonBodySchema(JsonNode doc, JsonNode op) {
        JsonNode content = op.path("requestBody").path("content");
        JsonNode json = content.get("application/json");
        return json == null ? null : json.path("schema");
    }

    // ---- the service's own database ------------------------------------------------------------

    /** Sums the rows of every table of the service's database (one query), to prove refused requests write nothing. */
    private static final class RowCounter implements AutoCloseable {
        private final Connection connection;
        private final String query;

        private RowCounter(Connection connection, String query) {
            this.connection = connection;
            this.query = query;
        }

        static RowCounter open() {
            Config config = ConfigProvider.getConfig();
            try {
                Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                List<String> tables = new ArrayList<>();
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("select table_name from information_schema.tables "
                             + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1")) {
                    while (rs.next()) {
                        if (!NOT_COUNTED.contains(rs.getString(1))) {
                            tables.add(rs.getString(1));
                        }
                    }
                }
                String sum = tables.stream().map(t -> "(select count(*) from \"" + t + "\")").collect(Collectors.joining(" + "));
                return new RowCounter(c, "select " + (tables.isEmpty() ? "0" : sum));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the service's database", e);
            }
        }

        long count() {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing
            }
        }
    }
}
