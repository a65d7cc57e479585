package org.lif.images;

import com.google.cloud.tools.jib.api.CacheDirectoryCreationException;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * Builds the container image of each LIF service as an image archive (a tar that {@code docker load},
 * {@code podman load}, {@code skopeo copy docker-archive:...} and {@code crane push} accept) with Jib:
 * no Docker daemon, and no registry except to fetch the base image (none at all with a {@code tar://}
 * base image).
 *
 * <p>Each image holds a service's Quarkus {@code target/quarkus-app} folder under {@code /deployments}
 * in four layers (boot libraries, dependencies, Quarkus' generated classes, the application), runs
 * {@code java -jar /deployments/quarkus-run.jar} as the non-root user 185, and exposes the service's
 * HTTP port ({@code quarkus.http.port}). JVM memory options come from the environment
 * ({@code JAVA_TOOL_OPTIONS}, set by the Helm chart).
 *
 * <pre>
 * ServiceImages --services-dir=services --output-dir=helm/target/images
 *               --base=registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23   (or tar:///path/base.tar, or scratch)
 *               --registry=ghcr.io/lif --tag=0.1.0 [--services=action-plans,reviews] [--format=docker|oci]
 * </pre>
 */
public final class ServiceImages {

    static final AbsoluteUnixPath APP_ROOT = AbsoluteUnixPath.get("/deployments");
    static final String USER = "185";
    /** Fixed creation time: the same inputs give the same image digest. */
    static final Instant CREATED = Instant.EPOCH;

    /** One image to build. */
    record Image(String service, Path quarkusApp, int port, ImageReference reference, Path archive) {
    }

    private final String base;
    private final ImageFormat format;
    private final Path cache;

    ServiceImages(String base, ImageFormat format, Path cache) {
        this.base = base;
        this.format = format;
        this.cache = cache;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path servicesDir = Path.of(required(options, "services-dir"));
        Path outputDir = Path.of(required(options, "output-dir"));
        String registry = required(options, "registry");
        String tag = required(options, "tag");
        Set<String> only = options.containsKey("services") && !options.get("services").isBlank()
                ? Set.of(options.get("services").split(",")) : Set.of();
        ImageFormat format = "oci".equalsIgnoreCase(options.getOrDefault("format", "docker")) ? ImageFormat.OCI : ImageFormat.Docker;
        ServiceImages images = new ServiceImages(required(options, "base"), format, outputDir.resolve("cache"));

        List<Image> plan = plan(servicesDir, outputDir, registry, tag, only);
        if (plan.isEmpty()) {
            throw new IllegalStateException("no built service under " + servicesDir
                    + " (a service needs target/quarkus-app/quarkus-run.jar: run the build first)");
        }
        for (Image image : plan) {
            JibContainer container = images.build(image);
            System.out.printf("[lif-images] %s -> %s (%s)%n", image.reference(), image.archive(), container.getDigest());
        }
    }

    /** Every service folder with a built Quarkus application (optionally only the named ones). */
    static List<Image> plan(Path servicesDir, Path outputDir, String registry, String tag, Set<String> only)
            throws IOException, InvalidImageReferenceException {
        List<Image> plan = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(servicesDir)) {
            for (Path dir : dirs.sorted().toList()) {
                String service = dir.getFileName().toString();
                Path quarkusApp = dir.resolve("target/quarkus-app");
                if (!Files.isRegularFile(quarkusApp.resolve("quarkus-run.jar")) || (!only.isEmpty() && !only.contains(service))) {
                    continue;
                }
                ImageReference reference = ImageReference.parse(registry + "/" + service + ":" + tag);
                plan.add(new Image(service, quarkusApp, httpPort(dir), reference,
                        outputDir.resolve(service + "-" + tag + ".tar")));
            }
        }
        return plan;
    }

    /** quarkus.http.port from the service's application.properties (8080, Quarkus' default, if unset). */
    static int httpPort(Path serviceDir) throws IOException {
        Path file = serviceDir.resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
        }
        return Integer.parseInt(properties.getProperty("quarkus.http.port", "8080").trim());
    }

    JibContainer build(Image image) throws InvalidImageReferenceException, IOException, InterruptedException,
            ExecutionException, RegistryException, CacheDirectoryCreationException {
        Files.createDirectories(image.archive().getParent());
        Containerizer containerizer = Containerizer.to(TarImage.at(image.archive()).named(image.reference()))
                .setToolName("lif-images")
                .setBaseImageLayersCache(cache.resolve("base"))
                .setApplicationLayersCache(cache.resolve("application"))
                .addEventHandler(LogEvent.class, ServiceImages::log);
        return containerBuilder(image).containerize(containerizer);
    }

    JibContainerBuilder containerBuilder(Image image) throws InvalidImageReferenceException {
        JibContainerBuilder builder = "scratch".equals(base) ? Jib.fromScratch() : Jib.from(base);
        Path app = image.quarkusApp();
        // least to most often changing: a new build of the service usually changes only the last layer
        builder.addFileEntriesLayer(layer("boot-libraries", app, "lib/boot"))
                .addFileEntriesLayer(layer("libraries", app, "lib/main"))
                .addFileEntriesLayer(layer("quarkus", app, "quarkus", "quarkus-run.jar"))
                .addFileEntriesLayer(layer("application", app, "app"));
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", "lif-" + image.service());
        labels.put("org.opencontainers.image.description", "LIF " + image.service() + " service (Quarkus)");
        labels.put("org.opencontainers.image.version", image.reference().getTag().orElse(""));
        labels.put("org.opencontainers.image.vendor", "LIF");
        return builder
                .setFormat(format)
                .setCreationTime(CREATED)
                .setUser(USER)
                .setWorkingDirectory(APP_ROOT)
                .setExposedPorts(Set.of(Port.tcp(image.port())))
                .setEntrypoint(List.of("java", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-jar", APP_ROOT.resolve("quarkus-run.jar").toString()))
                .setProgramArguments(List.of())
                .addEnvironmentVariable("LANG", "C.UTF-8")
                .setLabels(labels);
    }

    /** A layer with the given files and folders of quarkus-app, at the same place under /deployments. */
    static FileEntriesLayer layer(String name, Path quarkusApp, String... paths) {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        for (String path : paths) {
            Path source = quarkusApp.resolve(path);
            if (Files.exists(source)) {
                try {
                    layer.addEntryRecursive(source, APP_ROOT.resolve(path));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return layer.build();
    }

    private static void log(LogEvent event) {
        if (event.getLevel() == LogEvent.Level.ERROR || event.getLevel() == LogEvent.Level.WARN
                || event.getLevel() == LogEvent.Level.LIFECYCLE) {
            System.out.println("[jib] " + event.getMessage());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }
}
