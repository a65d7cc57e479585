package org.lif.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of a service's served OpenAPI document under {@code /api/}, and plausible values for their schemas,
 * as the generated tests use them ({@link OpenApiFuzz} per service, the journeys' access matrix across services).
 */
public final class OpenApiOperations {

    /** One operation: its method (upper case), path template, path variables in order, path item and operation node. */
    public record Operation(String method, String template, List<String> variables, JsonNode pathItem, JsonNode node) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");

    private OpenApiOperations() {
    }

    /** The document the service at {@code baseUri} serves at {@code /q/openapi} (null: RestAssured's default). */
    public static JsonNode served(String baseUri) {
        try {
            var request = RestAssured.given();
            if (baseUri != null) {
                request.baseUri(baseUri);
            }
            return JSON.readTree(request.get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new IllegalStateException("the service's OpenAPI document is not JSON", e);
        }
    }

    /** Every operation of {@code doc} on a path under {@code /api/}, in the document's order. */
    public static List<Operation> of(JsonNode doc) {
        List<Operation> operations = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            for (String method : METHODS) {
                JsonNode node = path.getValue().get(method);
                if (node != null) {
                    operations.add(new Operation(method.toUpperCase(), path.getKey(), variables(path.getKey()), path.getValue(), node));
                }
            }
        });
        return operations;
    }

    /** The variables of a path template, in order: {@code /a/{x}/b/{y}} gives x, y. */
    public static List<String> variables(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PATH_VARIABLE.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The schema itself, {@code $ref}s followed (at most 10). */
    public static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            s = doc.at(s.get("$ref").asText().substring(1));
        }
        return s;
    }

    /**
     * A plausible value for the schema: valid as far as types, formats, enums and minimums say; dates are {@code day}
     * (date-times 10:00 UTC that day).
     */
    public static JsonNode sample(JsonNode doc, JsonNode schema, LocalDate day) {
        return sample(doc, schema, day, 0);
    }

    private static JsonNode sample(JsonNode doc, JsonNode schema, LocalDate day, int depth) {
        JsonNode s = resolve(doc, schema);
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (s.has("allOf")) {
            return sample(doc, s.get("allOf").get(0), day, depth + 1);
        }
        if (s.has("oneOf") || s.has("anyOf")) {
            return sample(doc, (s.has("oneOf") ? s.get("oneOf") : s.get("anyOf")).get(0), day, depth + 1);
        }
        if (s.has("enum")) {
            for (JsonNode e : s.get("enum")) {
                if (!e.isNull()) {
                    return e;
                }
            }
        }
        String type = s.path("type").isArray() ? s.path("type").get(0).asText() : s.path("type").asText("object");
        switch (type) {
            case "string":
                return NODES.textNode(switch (s.path("format").asText("")) {
                    case "date" -> day.toString();
                    case "date-time" -> day + "T10:00:00Z";
                    case "uuid" -> UUID.randomUUID().toString();
                    case "email" -> "someone@example.org";
                    case "uri", "url" -> "https://example.org/document";
                    default -> "sample";
                });
            case "integer":
            case "number":
                return NODES.numberNode(s.has("minimum") ? s.get("minimum").asLong() : 1);
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                return NODES.arrayNode().add(sample(doc, s.path("items"), day, depth + 1));
            default:
                ObjectNode object = NODES.objectNode();
                s.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(doc, p.getValue(), day, depth + 1)));
                return object;
        }
    }
}
