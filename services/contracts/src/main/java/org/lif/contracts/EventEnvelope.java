package org.lif.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as LIF puts it on Kafka.
 * <ul>
 *   <li>{@code type} is {@code lif.<service>.<EventName>.v<N>} (see {@link EventType})</li>
 *   <li>{@code partnership} is the CloudEvents extension attribute naming the tenant</li>
 *   <li>{@code subject} is the aggregate id (also the Kafka key)</li>
 *   <li>{@code data} is the payload, valid against the JSON Schema for {@code type}</li>
 * </ul>
 * Never put child-identifying data in an event: pseudonyms only ("Child T").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        String partnership,
        OffsetDateTime time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
}
