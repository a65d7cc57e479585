package org.lif.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Reads and writes {@link EventEnvelope}s and their typed payloads, validating against the schemas. */
public final class EventCodec {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventCodec() {
    }

    /** Builds a validated envelope for a payload that happened at {@code time} (the producer's clock, not read here). */
    public static EventEnvelope envelope(EventType type, String source, String partnership, String subject, Object payload,
                                         OffsetDateTime time) {
        JsonNode data = MAPPER.valueToTree(payload);
        EventSchemas.requireValid(type, data);
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), source, type.toString(),
                subject, partnership, time.withOffsetSameInstant(ZoneOffset.UTC), EventEnvelope.JSON, data);
    }

    public static String write(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise event " + envelope.type(), e);
        }
    }

    /** Parses a structured CloudEvent; anything malformed is an {@link InvalidEventException}. */
    public static EventEnvelope read(String json) {
        EventEnvelope envelope;
        try {
            envelope = MAPPER.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException("not a JSON CloudEvent: " + e.getMessage(), e);
        }
        if (envelope == null || envelope.id() == null || envelope.id().isBlank()) {
            throw new InvalidEventException("CloudEvent without id");
        }
        if (!EventEnvelope.SPEC_VERSION.equals(envelope.specversion())) {
            throw new InvalidEventException("unsupported CloudEvents specversion " + envelope.specversion());
        }
        if (envelope.partnership() == null || envelope.partnership().isBlank()) {
            throw new InvalidEventException("CloudEvent " + envelope.id() + " without partnership extension");
        }
        try {
            EventType.parse(envelope.type());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(e.getMessage(), e);
        }
        return envelope;
    }

    /** Validates the payload against the schema of the envelope's type and maps it to the given record. */
    public static <T> T payload(EventEnvelope envelope, Class<T> type) {
        EventSchemas.requireValid(EventType.parse(envelope.type()), envelope.data());
        try {
            return MAPPER.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException("payload of " + envelope.type() + " unreadable: " + e.getMessage(), e);
        }
    }
}
