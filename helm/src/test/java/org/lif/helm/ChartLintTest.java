package org.lif.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `helm lint --strict`, and every value documented. */
class ChartLintTest {

    @Test
    void lintStrictPasses() {
        LintResult result = new Helm(Rendered.CHART).lint().strict().call();
        assertFalse(result.isFailed(), String.valueOf(result.getMessages()));
    }

    @Test
    void lintStrictCatchesABrokenTemplate() throws IOException {
        Path copy = Path.of("target/broken-chart/lif");
        copyTree(Rendered.CHART, copy);
        Files.writeString(copy.resolve("templates/broken.yaml"), "kind: ConfigMap\nmetadata:\n  name: {{ .Values.missing.key }}\n");
        LintResult result = new Helm(copy).lint().strict().call();
        assertTrue(result.isFailed(), String.valueOf(result.getMessages()));
    }

    @Test
    void everyValueIsDocumentedWithParam() throws IOException {
        String text = Files.readString(Rendered.CHART.resolve("values.yaml"));
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*## @param (\\S+) \\S").matcher(text);
        while (m.find()) {
            documented.add(m.group(1));
        }
        JsonNode values = new YAMLMapper().readTree(text);
        List<String> leaves = new ArrayList<>();
        leaves(values, "", leaves);
        List<String> undocumented = leaves.stream()
                .filter(leaf -> documented.stream().noneMatch(d -> leaf.equals(d) || leaf.startsWith(d + ".")))
                .toList();
        assertEquals(List.of(), undocumented, "values without a `## @param` line");
        List<String> stale = documented.stream().filter(d -> values.at(pointer(d)).isMissingNode()).toList();
        assertEquals(List.of(), stale, "`## @param` lines for keys that do not exist");
    }

    @Test
    void everyServiceHasItsTemplateFile() {
        for (String service : ChartRenderTest.ALL) {
            assertTrue(Files.isRegularFile(Rendered.CHART.resolve("templates/" + service + ".yaml")), service);
        }
        assertTrue(Files.isRegularFile(Rendered.CHART.resolve("templates/portal.yaml")), "portal");
        assertEquals(ChartRenderTest.DEPLOYED, Rendered.render(Map.of(
                "services.reviews.enabled", true, "services.audits.enabled", true,
                "services.training.enabled", true, "services.reporting.enabled", true)).deployedServices());
    }

    /** JSON pointer for a dotted key path; keys with dots (e.g. retention.ms) are not params. */
    private static String pointer(String dotted) {
        return "/" + dotted.replace("~", "~0").replace('.', '/');
    }

    private static void leaves(JsonNode node, String path, List<String> out) {
        if (node.isObject() && !node.isEmpty() && !isFreeFormMap(path)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                leaves(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out);
            }
        } else {
            out.add(path);
        }
    }

    /** Maps whose keys are data (labels, topic settings, env variables), documented as a whole. */
    private static boolean isFreeFormMap(String path) {
        return path.endsWith("dlqConfig") || path.endsWith(".config") || path.endsWith("matchLabels")
                || path.endsWith("Selector") || path.endsWith(".peer") || path.endsWith("ingressController")
                || path.endsWith("monitoring");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
