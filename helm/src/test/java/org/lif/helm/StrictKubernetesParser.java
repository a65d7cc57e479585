package org.lif.helm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses rendered manifests into the official Kubernetes model (fabric8 {@code kubernetes-model}) and
 * rejects anything the API server would not accept as written: an unknown kind/apiVersion, an unknown
 * or misspelt field anywhere in the object, or a value of the wrong type.
 *
 * <p>fabric8 model classes keep unknown fields in an {@code additionalProperties} map (a Jackson
 * any-setter). The mapper here switches every any-setter off, so with
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} an unknown field fails instead, and
 * scalar coercion (e.g. {@code "3"} for an integer) is off too.
 *
 * <p>The one custom resource the chart renders, the Prometheus Operator's {@code ServiceMonitor},
 * has no class in the core model: it is returned as {@link ServiceMonitor} after a structural check.
 */
final class StrictKubernetesParser {

    /** apiVersion/kind -> model class: the kinds this chart may render. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("batch/v1/Job", Job.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class));

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                    return Boolean.FALSE; // no catch-all map: unknown fields are errors
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private StrictKubernetesParser() {
    }

    /** Every non-empty YAML document of a {@code helm template} output, parsed strictly. */
    static List<HasMetadata> parseAll(String manifests) {
        List<HasMetadata> objects = new ArrayList<>();
        for (JsonNode document : documents(manifests)) {
            objects.add(parse(document));
        }
        return objects;
    }

    /** One manifest (YAML), parsed strictly. */
    static HasMetadata parse(String manifest) {
        List<JsonNode> documents = documents(manifest);
        if (documents.size() != 1) {
            throw new IllegalArgumentException("expected one manifest, got " + documents.size());
        }
        return parse(documents.get(0));
    }

    private static HasMetadata parse(JsonNode document) {
        if (!(document instanceof ObjectNode object)) {
            throw new IllegalArgumentException("a manifest must be a mapping: " + document);
        }
        String apiVersion = object.path("apiVersion").asText("");
        String kind = object.path("kind").asText("");
        String name = object.path("metadata").path("name").asText("?");
        if ("monitoring.coreos.com/v1".equals(apiVersion) && "ServiceMonitor".equals(kind)) {
            return ServiceMonitor.parse(object);
        }
        Class<? extends HasMetadata> type = KINDS.get(apiVersion + "/" + kind);
        if (type == null) {
            throw new IllegalArgumentException("unexpected apiVersion/kind " + apiVersion + "/" + kind + " (" + name + ")");
        }
        try {
            return STRICT.treeToValue(object, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(kind + " " + name + " does not match the Kubernetes API: " + e.getOriginalMessage(), e);
        }
    }

    /** One part of an object (e.g. metadata), converted strictly into its model class. */
    static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return STRICT.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static List<JsonNode> documents(String yaml) {
        try (var parser = YAML.getFactory().createParser(yaml)) {
            List<JsonNode> documents = new ArrayList<>();
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode node = it.next();
                if (node != null && !node.isNull() && !node.isMissingNode() && !node.isEmpty()) {
                    documents.add(node);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("not YAML", e);
        }
    }
}
