package org.lif.contracts;

/** Kafka topic names. Key = aggregate id. */
public final class Topics {
    public static final String REVIEWS = eventsOf("reviews");
    public static final String AUDITS = eventsOf("audits");
    public static final String TRAINING = eventsOf("training");
    public static final String ACTION_PLANS = eventsOf("action-plans");
    public static final String REPORTING = eventsOf("reporting");

    private Topics() {
    }

    public static String eventsOf(String service) {
        return "lif." + service + ".events";
    }

    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }
}
