package org.lif.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds a real image archive, offline, from a fake built service on an empty (scratch) base, and reads
 * the archive back: layers, user, port, entrypoint. (The real services' images use a JRE base image.)
 */
class ServiceImagesTest {

    private final Path root = Path.of("target/image-test");

    @Test
    void buildsAnImageArchiveOfEachBuiltServiceWithoutADaemon() throws Exception {
        Path services = fakeServices();
        Path output = root.resolve("images");
        List<ServiceImages.Image> plan = ServiceImages.plan(services, output, "registry.example.org/lif", "1.2.3", Set.of());
        assertEquals(1, plan.size(), "only built services get an image");
        ServiceImages.Image image = plan.get(0);
        assertEquals("demo", image.service());
        assertEquals(8099, image.port());
        assertEquals("registry.example.org/lif/demo:1.2.3", image.reference().toString());

        new ServiceImages("scratch", ImageFormat.Docker, output.resolve("cache")).build(image);

        Map<String, byte[]> archive = untar(Files.newInputStream(image.archive()));
        JsonNode manifest = new ObjectMapper().readTree(archive.get("manifest.json")).get(0);
        assertEquals("registry.example.org/lif/demo:1.2.3", manifest.get("RepoTags").get(0).asText());
        assertEquals(4, manifest.get("Layers").size(), "boot libraries, libraries, quarkus, application");

        JsonNode config = new ObjectMapper().readTree(archive.get(manifest.get("Config").asText())).get("config");
        assertEquals("185", config.get("User").asText(), "non-root");
        assertTrue(config.get("ExposedPorts").has("8099/tcp"));
        assertEquals("/deployments", config.get("WorkingDir").asText());
        assertEquals("[\"java\",\"-Djava.util.logging.manager=org.jboss.logmanager.LogManager\",\"-jar\",\"/deployments/quarkus-run.jar\"]",
                config.get("Entrypoint").toString());

        List<List<String>> layers = new ArrayList<>();
        for (JsonNode layer : manifest.get("Layers")) {
            layers.add(List.copyOf(untar(new GZIPInputStream(new ByteArrayInputStream(archive.get(layer.asText())))).keySet()));
        }
        assertTrue(layers.get(0).contains("deployments/lib/boot/boot.jar"), layers.toString());
        assertTrue(layers.get(1).contains("deployments/lib/main/dependency.jar"), layers.toString());
        assertTrue(layers.get(2).containsAll(List.of("deployments/quarkus-run.jar", "deployments/quarkus/generated-bytecode.jar")), layers.toString());
        assertTrue(layers.get(3).contains("deployments/app/demo.jar"), layers.toString());
    }

    @Test
    void theSameInputGivesTheSameImage() throws Exception {
        Path services = fakeServices();
        List<String> digests = new ArrayList<>();
        for (String run : List.of("a", "b")) {
            ServiceImages.Image image = ServiceImages.plan(services, root.resolve(run), "r.example.org/lif", "1", Set.of()).get(0);
            digests.add(new ServiceImages("scratch", ImageFormat.Docker, root.resolve(run + "/cache")).build(image).getDigest().toString());
        }
        assertEquals(digests.get(0), digests.get(1));
    }

    @Test
    void theRegistryClientForBaseImagesHasItsRuntimeDependencies() throws Exception {
        // registry base images go through google-http-client + Apache HttpClient, which needs commons-logging
        // (stripped by the Quarkus BOM, provided by commons-logging-jboss-logging); no network is used here
        var transport = new com.google.api.client.http.apache.v2.ApacheHttpTransport();
        assertTrue(transport.getHttpClient() != null);
        transport.shutdown();
    }

    private Path fakeServices() throws IOException {
        Path services = root.resolve("services");
        Path demo = services.resolve("demo");
        write(demo.resolve("src/main/resources/application.properties"), "quarkus.application.name=demo\nquarkus.http.port=8099\n");
        Path app = demo.resolve("target/quarkus-app");
        write(app.resolve("quarkus-run.jar"), "run");
        write(app.resolve("lib/boot/boot.jar"), "boot");
        write(app.resolve("lib/main/dependency.jar"), "dependency");
        write(app.resolve("quarkus/generated-bytecode.jar"), "generated");
        write(app.resolve("app/demo.jar"), "application");
        write(services.resolve("not-built/pom.xml"), "<project/>");
        return services;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Regular files of a tar stream (ustar), name -> content. */
    static Map<String, byte[]> untar(InputStream in) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (in) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
                byte[] content = in.readNBytes((int) size);
                in.readNBytes((int) ((512 - size % 512) % 512));
                char type = (char) header[156];
                if (type == '0' || type == 0) {
                    files.put(name.startsWith("./") ? name.substring(2) : name, content);
                }
            }
        }
        return files;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII).trim();
    }
}
