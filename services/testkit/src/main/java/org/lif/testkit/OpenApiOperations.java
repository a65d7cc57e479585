package org.lif.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of a service's served OpenAPI document under {@code /api/}, as the generated tests walk them
 * ({@link OpenApiFuzz} per service, the journeys' access matrix across services).
 */
public final class OpenApiOperations {

    /** One operation: its method (upper case), path template, path variables in order, path item and operation node. */
    public record Operation(String method, String template, List<String> variables, JsonNode pathItem, JsonNode node) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
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
}
