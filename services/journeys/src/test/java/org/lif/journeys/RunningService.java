package org.lif.journeys;

import org.lif.testkit.TestClock;
import org.lif.testkit.TestKafka;
import org.lif.testkit.TestSmtp;
import org.lif.testkit.TestKeycloak;
import org.lif.testkit.TestPostgres;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A LIF service started from its runnable jar as a child process (prod profile, configured by environment). */
final class RunningService implements AutoCloseable {

    /** How long a service may take to start: generous, for a busy two-core machine (a deadline, not a measurement). */
    static final Duration STARTUP = Duration.ofSeconds(180);

    final String name;
    final int port;
    private final Process process;
    private final Path log;

    private RunningService(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static RunningService start(String name, Map<String, String> env) {
        Path jar = Path.of("..", name, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw -B verify builds them before this module)");
        }
        int port = freePort();
        Path log = Path.of("target", "journeys", name + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            return new RunningService(name, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /**
     * The environment a service runs with in these tests, as the local stack configures it (deploy/local/lif): its own
     * new database on the test PostgreSQL, the test Kafka, tokens verified against the test Keycloak's realm
     * {@code lif} ({@code QUARKUS_OIDC_AUTH_SERVER_URL}), and a 1 s outbox relay.
     */
    static Map<String, String> environment(String database) {
        TestKeycloak.launch(); // starts in the background meanwhile
        String adminUrl = TestPostgres.jdbcUrl();
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", TestKafka.bootstrapServers());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        TestKeycloak.oidcConfig().forEach((key, value) -> env.put(key.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_"), value));
        env.put("LIF_OUTBOX_RELAY_EVERY", "1s");
        env.put("LIF_CLOCK_OFFSET", TestClock.offset().toString()); // every service on the run's pinned clock
        env.putAll(TestSmtp.environment()); // and its mail to a real SMTP server
        return env;
    }

    static String jdbcUrl(String database) {
        return TestPostgres.jdbcUrl().replaceFirst("/postgres\\?", "/" + database + "?");
    }

    /** Starts waiting for every one at once; returns when all answer {@code /q/health/ready}. */
    static void awaitAllReady(RunningService... services) {
        CompletableFuture.allOf(Arrays.stream(services)
                .map(s -> CompletableFuture.runAsync(() -> s.awaitReady(STARTUP)))
                .toArray(CompletableFuture[]::new)).join();
    }

    /** Stops every service that was started (null: never started). */
    static void closeAll(RunningService... services) {
        for (RunningService s : services) {
            if (s != null) {
                s.close();
            }
        }
    }

    /** A request to this service as the holder of {@code token}, JSON both ways, logged when it fails. */
    RequestSpecification as(String token) {
        return RestAssured.given().baseUri(url()).log().ifValidationFails().auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Ends the process at once, as a crash or an OOM kill would (SIGKILL: no shutdown hooks, no graceful stop). */
    void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the end of the service's log otherwise. */
    void awaitReady(Duration timeout) {
        await("/q/health/ready", timeout);
    }

    /** Waits until {@code /q/health/started} answers 200: the service serves requests, whatever its dependencies. */
    void awaitStarted(Duration timeout) {
        await("/q/health/started", timeout);
    }

    private void await(String health, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url() + health).toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(2000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " " + health + " not up after " + timeout + ":\n" + tail());
    }

    String tail() {
        try {
            String all = Files.readString(log);
            return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
