package org.lif.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The chart rendered with `helm template` for one scenario, every object parsed strictly. */
final class Rendered {

    static final Path CHART = Path.of("lif");
    /**
     * `helm template` through helm-java returns the release manifest without the hook objects (the
     * Kafka topics Job and its NetworkPolicy). The scenarios therefore render a copy of the chart in
     * which only the hook annotation keys are renamed (helm.sh/hook... -> HOOK_PREFIX + hook...), so
     * the hook objects are rendered, parsed and checked like every other object.
     */
    static final Path CHART_WITH_VISIBLE_HOOKS = copyWithVisibleHooks();
    static final String HOOK_PREFIX = "hook.test.lif/";
    static final String RELEASE = "lif";
    static final String NAMESPACE = "lif-test";
    /** A current Kubernetes release (the fabric8 model 7.5 covers its API). */
    static final String KUBE_VERSION = "v1.34.0";

    final String manifests;
    final List<HasMetadata> objects;

    private Rendered(String manifests) {
        this.manifests = manifests;
        this.objects = StrictKubernetesParser.parseAll(manifests);
    }

    /** Renders with the chart's defaults, then the given values files (in order), then the --set values. */
    static Rendered render(List<Path> valuesFiles, Map<String, Object> sets) {
        return new Rendered(template(valuesFiles, sets).call());
    }

    static Rendered render(Map<String, Object> sets) {
        return render(List.of(), sets);
    }

    /** The template command, for tests that expect it to fail. */
    static TemplateCommand template(List<Path> valuesFiles, Map<String, Object> sets) {
        TemplateCommand template = new Helm(CHART_WITH_VISIBLE_HOOKS).template().withName(RELEASE).withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        valuesFiles.forEach(template::withValuesFile);
        sets.forEach(template::set);
        return template;
    }

    private static Path copyWithVisibleHooks() {
        Path copy = Path.of("target/chart-with-visible-hooks/lif");
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.writeString(target, Files.readString(source).replace("helm.sh/hook", HOOK_PREFIX + "hook"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** A values file with the given YAML, for values that --set cannot express (empty maps). */
    static Path valuesFile(String name, String yaml) {
        try {
            Path file = Path.of("target/test-values").resolve(name + ".yaml");
            Files.createDirectories(file.getParent());
            return Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> sets(Object... keysAndValues) {
        Map<String, Object> sets = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            sets.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return sets;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        List<T> matches = all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).toList();
        assertEquals(1, matches.size(), () -> "expected one " + type.getSimpleName() + " " + name + ", have "
                + all(type).stream().map(o -> o.getMetadata().getName()).toList());
        return matches.get(0);
    }

    boolean has(Class<? extends HasMetadata> type, String name) {
        return all(type).stream().anyMatch(o -> o.getMetadata().getName().equals(name));
    }

    Deployment deployment(String service) {
        return one(Deployment.class, RELEASE + "-" + service);
    }

    ConfigMap config(String service) {
        return one(ConfigMap.class, RELEASE + "-" + service);
    }

    /** Names of the services that have a Deployment, e.g. [action-plans]. */
    List<String> deployedServices() {
        return all(Deployment.class).stream()
                .map(d -> d.getMetadata().getLabels().get("app.kubernetes.io/component"))
                .sorted().toList();
    }
}
