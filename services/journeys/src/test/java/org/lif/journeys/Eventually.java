package org.lif.journeys;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Waits for something that happens through Kafka; on time-out fails with the end of the services' logs. */
final class Eventually {

    private Eventually() {
    }

    static <T> T value(String what, Supplier<T> probe, RunningService... services) {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            RunningService.sleep(300);
        }
        StringBuilder logs = new StringBuilder();
        for (RunningService s : services) {
            logs.append("\n--- ").append(s.name).append(" log ---\n").append(s.tail());
        }
        fail(what + " did not happen within 90 s" + logs);
        return null;
    }
}
