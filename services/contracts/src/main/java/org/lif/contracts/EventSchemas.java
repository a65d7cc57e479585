package org.lif.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Validates event payloads against the JSON Schemas shipped in this module (classpath {@code schemas/}). */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** @return the problems found, empty when the payload is valid */
    public static List<String> problems(EventType type, JsonNode data) {
        if (data == null || data.isNull()) {
            return List.of("data is missing");
        }
        Set<ValidationMessage> messages = schema(type).validate(data);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** @throws InvalidEventException when the payload does not match its schema */
    public static void requireValid(EventType type, JsonNode data) {
        List<String> problems = problems(type, data);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(type + " payload invalid: " + String.join("; ", problems));
        }
    }

    public static boolean exists(EventType type) {
        return EventSchemas.class.getClassLoader().getResource(type.schemaResource()) != null;
    }

    private static JsonSchema schema(EventType type) {
        return CACHE.computeIfAbsent(type.schemaResource(), resource -> {
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new InvalidEventException("no schema for event type " + type);
                }
                return FACTORY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
