package org.lif.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Prometheus Operator {@code monitoring.coreos.com/v1 ServiceMonitor}, checked by hand (it is a custom
 * resource, not part of the core model): only the fields of its CRD that the chart uses are allowed,
 * with their types; metadata and the selector go through the strict core model.
 */
final class ServiceMonitor implements HasMetadata {

    private static final Pattern DURATION = Pattern.compile("^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$");

    record Endpoint(String port, String path, String interval, String scrapeTimeout) {
    }

    private ObjectMeta metadata;
    private LabelSelector selector;
    private List<String> namespaces = new ArrayList<>();
    private final List<Endpoint> endpoints = new ArrayList<>();

    static ServiceMonitor parse(ObjectNode object) {
        onlyFields(object, "ServiceMonitor", Set.of("apiVersion", "kind", "metadata", "spec"));
        ServiceMonitor monitor = new ServiceMonitor();
        try {
            monitor.metadata = StrictKubernetesParser.convert(object.required("metadata"), ObjectMeta.class);
            JsonNode spec = object.required("spec");
            onlyFields(spec, "spec", Set.of("selector", "namespaceSelector", "endpoints", "jobLabel"));
            monitor.selector = StrictKubernetesParser.convert(spec.required("selector"), LabelSelector.class);
            JsonNode namespaceSelector = spec.path("namespaceSelector");
            if (!namespaceSelector.isMissingNode()) {
                onlyFields(namespaceSelector, "spec.namespaceSelector", Set.of("matchNames", "any"));
                for (JsonNode name : namespaceSelector.path("matchNames")) {
                    require(name.isTextual(), "spec.namespaceSelector.matchNames items must be strings");
                    monitor.namespaces.add(name.asText());
                }
            }
            JsonNode endpoints = spec.required("endpoints");
            require(endpoints.isArray() && !endpoints.isEmpty(), "spec.endpoints must be a non-empty list");
            for (JsonNode endpoint : endpoints) {
                onlyFields(endpoint, "spec.endpoints[]", Set.of("port", "path", "interval", "scrapeTimeout", "scheme"));
                require(endpoint.path("port").isTextual(), "spec.endpoints[].port must be a port name");
                require(endpoint.path("path").asText("").startsWith("/"), "spec.endpoints[].path must be a path");
                for (String duration : List.of("interval", "scrapeTimeout")) {
                    JsonNode value = endpoint.path(duration);
                    require(value.isMissingNode() || (value.isTextual() && DURATION.matcher(value.asText()).matches()),
                            "spec.endpoints[]." + duration + " must be a duration like 30s");
                }
                monitor.endpoints.add(new Endpoint(endpoint.path("port").asText(), endpoint.path("path").asText(),
                        endpoint.path("interval").asText(null), endpoint.path("scrapeTimeout").asText(null)));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ServiceMonitor does not match its CRD: " + e.getMessage(), e);
        }
        return monitor;
    }

    private static void onlyFields(JsonNode node, String where, Set<String> allowed) {
        require(node.isObject(), where + " must be a mapping");
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            require(allowed.contains(name), "unknown field " + where + "." + name);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    LabelSelector getSelector() {
        return selector;
    }

    List<String> getNamespaces() {
        return namespaces;
    }

    List<Endpoint> getEndpoints() {
        return endpoints;
    }

    @Override
    public ObjectMeta getMetadata() {
        return metadata;
    }

    @Override
    public void setMetadata(ObjectMeta metadata) {
        this.metadata = metadata;
    }

    @Override
    public String getKind() {
        return "ServiceMonitor";
    }

    @Override
    public String getApiVersion() {
        return "monitoring.coreos.com/v1";
    }

    @Override
    public void setApiVersion(String version) {
        throw new UnsupportedOperationException();
    }
}
