package org.lif.contracts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a versioned event: {@code lif.<service>.<EventName>.v<N>}.
 * A breaking change to a payload is a new version, published alongside the old one until consumers move.
 */
public record EventType(String service, String name, int version) {

    private static final Pattern FORMAT = Pattern.compile("lif\\.([a-z-]+)\\.([A-Z][A-Za-z0-9]+)\\.v(\\d+)");

    public static EventType parse(String type) {
        Matcher m = type == null ? null : FORMAT.matcher(type);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a LIF event type: " + type);
        }
        return new EventType(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
    }

    /** The topic the event travels on: {@code lif.<service>.events}. */
    public String topic() {
        return Topics.eventsOf(service);
    }

    /** The JSON Schema that validates the payload; shared by every service that emits the same event name. */
    public String schemaResource() {
        return "schemas/" + name + ".v" + version + ".json";
    }

    @Override
    public String toString() {
        return "lif." + service + "." + name + ".v" + version;
    }
}
