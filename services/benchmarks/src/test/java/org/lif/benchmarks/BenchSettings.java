package org.lif.benchmarks;

import java.time.Duration;

/**
 * What a simulation is pointed at, read from system properties or environment variables (deploy/local/bench.sh sets
 * them): base URLs of the local stack, the partnership read and written, and the caller's real Keycloak token.
 */
final class BenchSettings {

    private BenchSettings() {
    }

    static String get(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new IllegalStateException(name + " is not set (system property " + name + " or environment variable "
                        + name.toUpperCase().replace('.', '_').replace('-', '_') + "); run the benchmarks with deploy/local/bench.sh");
            }
            return fallback;
        }
        return value;
    }

    static int integer(String name, int fallback) {
        return Integer.parseInt(get(name, String.valueOf(fallback)));
    }

    static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(integer(name, fallback));
    }

    /** The bearer token of the benchmark's caller: a real token of the local Keycloak (password grant). */
    static String token() {
        return get("lif.bench.token", null);
    }

    static String partnership() {
        return get("lif.bench.partnership", "southampton");
    }

    static String url(String service, int defaultPort) {
        return get("lif.bench." + service + "-url", "http://127.0.0.1:" + defaultPort);
    }
}
