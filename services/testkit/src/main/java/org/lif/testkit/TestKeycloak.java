package org.lif.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak with the committed {@code lif} realm ({@code deploy/keycloak/lif-realm.json}), started once per test
 * JVM on free ports ({@code kc.sh start-dev}, its own H2 database in the distribution's {@code data/}, imported fresh
 * on every start), and stopped when the JVM exits. It hands out real access tokens of the realm's demo identities
 * (password grant on the public client {@code lif-cli}) and agency clients (client credentials), and the OIDC
 * configuration with which a service verifies them against this Keycloak ({@code quarkus.oidc.auth-server-url}).
 * <p>
 * Where the Keycloak distribution and the realm are: system properties {@code lif.keycloak.home} (an unpacked
 * {@code org.keycloak:keycloak-quarkus-dist} zip, see {@code services/journeys/pom.xml}) and
 * {@code lif.keycloak.realm}. Its log is {@code target/keycloak.log}.
 * <pre>
 *   String token = TestKeycloak.token("southampton-school");
 *   String agency = TestKeycloak.clientToken("agency-bitterne-park-school");
 * </pre>
 */
public final class TestKeycloak {

    public static final String REALM = "lif";
    /** Password of every demo user of the shipped realm (local demo only). */
    public static final String DEMO_PASSWORD = "demo";
    /** The realm's public client for the password grant (demo and scripts only). */
    public static final String CLI_CLIENT = "lif-cli";
    private static final Duration STARTUP = Duration.ofSeconds(300);
    /** Tokens live 30 minutes in the realm: one is reused for at most 20. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(20);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static Process process;
    private static String baseUrl;
    private static Path log;
    private static boolean ready;

    private record Token(String value, long fetchedAt) {
    }

    private TestKeycloak() {
    }

    /** Starts Keycloak in the background (once per JVM) and returns at once; {@link #realmUrl()} waits for it. */
    public static synchronized void launch() {
        if (process != null) {
            return;
        }
        Path home = Path.of(required("lif.keycloak.home")).toAbsolutePath().normalize();
        Path realm = Path.of(required("lif.keycloak.realm")).toAbsolutePath().normalize();
        Path kc = home.resolve("bin").resolve("kc.sh");
        if (!Files.exists(kc)) {
            throw new IllegalStateException(kc + " is missing: the Keycloak distribution is unpacked by the build (generate-test-resources)");
        }
        try {
            // a fresh realm on every start: no database left from an earlier run, the committed realm imported anew
            deleteTree(home.resolve("data"));
            Files.createDirectories(home.resolve("data").resolve("import"));
            Files.copy(realm, home.resolve("data").resolve("import").resolve("lif-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            int managementPort = freePort();
            baseUrl = "http://127.0.0.1:" + port;
            log = Path.of("target", "keycloak.log").toAbsolutePath();
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder("/bin/bash", kc.toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                    "--hostname=" + baseUrl, "--import-realm", "--health-enabled=true")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
            process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestKeycloak::stop, "test-keycloak-stop"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Keycloak for tests", e);
        }
    }

    /**
     * The realm's URL, which is also the issuer of its tokens, e.g. {@code http://127.0.0.1:41234/realms/lif}: starts
     * Keycloak if needed and waits until the realm publishes its OpenID configuration.
     */
    public static String realmUrl() {
        launch();
        awaitReady();
        return baseUrl + "/realms/" + REALM;
    }

    /** What a service needs to verify this Keycloak's tokens (the rest, e.g. the audience, is the service's own config). */
    public static Map<String, String> oidcConfig() {
        return Map.of("quarkus.oidc.auth-server-url", realmUrl());
    }

    /** An access token of a demo user of the realm (password grant on {@code lif-cli}, password {@code demo}). */
    public static String token(String username) {
        return cached("user:" + username, () -> form(
                "grant_type", "password", "client_id", CLI_CLIENT, "username", username, "password", DEMO_PASSWORD));
    }

    /** An access token of an agency's API client (client credentials, the realm's demo secret {@code <clientId>-secret}). */
    public static String clientToken(String clientId) {
        return cached("client:" + clientId, () -> form(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", clientId + "-secret"));
    }

    private static String cached(String key, java.util.function.Supplier<Map<String, String>> request) {
        long now = System.nanoTime();
        Token t = TOKENS.get(key);
        if (t == null || now - t.fetchedAt() > TOKEN_REUSE.toNanos()) {
            t = new Token(requestToken(request.get()), now);
            TOKENS.put(key, t);
        }
        return t.value();
    }

    private static String requestToken(Map<String, String> form) {
        String url = realmUrl() + "/protocol/openid-connect/token";
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("no access token from " + url + " (" + form.get("grant_type") + ", "
                        + form.getOrDefault("username", form.get("client_id")) + "): " + response.statusCode() + " " + response.body());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not reach " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String... keyValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            form.put(keyValues[i], keyValues[i + 1]);
        }
        return form;
    }

    private static synchronized void awaitReady() {
        if (ready) {
            return;
        }
        URI discovery = URI.create(baseUrl + "/realms/" + REALM + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    ready = true;
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak's realm " + REALM + " not up after " + STARTUP + ":\n" + tail());
    }

    /** SIGTERM to kc.sh (which forwards it) and to its Java child; SIGKILL to whatever is left after 30 s. */
    private static void stop() {
        Process p = process;
        if (p == null) {
            return;
        }
        var children = p.descendants().toList();
        p.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            p.waitFor(30, TimeUnit.SECONDS);
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception notInTime) {
            // killed below
        }
        children.forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static String tail() {
        try {
            String all = Files.readString(log);
            return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (see services/journeys/pom.xml)");
        }
        return value;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
