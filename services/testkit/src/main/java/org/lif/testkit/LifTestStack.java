package org.lif.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Everything a LIF service needs under {@code @QuarkusTest}, for real and without Docker: a PostgreSQL server
 * (zonky embedded binaries), a single-node KRaft Kafka broker (Kafka's own test kit, in the JVM) and an issuer of
 * real signed tokens (the service validates them with the issuer's public key). The service's clock is the run's pinned
 * clock ({@link TestClock}), whatever the real date is, and its mail goes to a real SMTP server ({@link TestSmtp}).
 * <p>
 * Use on every test class of a service: {@code @WithTestResource(LifTestStack.class)}. The servers start once per
 * test JVM and are shared by all test classes.
 */
public class LifTestStack implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.putAll(TestPostgres.start());
        config.putAll(TestKafka.start());
        config.putAll(TestTokens.oidcConfig());
        config.putAll(TestClock.config());
        config.putAll(TestSmtp.start());
        return config;
    }

    @Override
    public void stop() {
        // Shared across test classes; the servers stop with the JVM.
    }
}
