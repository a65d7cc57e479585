package org.lif.helm;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The strict parser the chart tests rely on really rejects what the Kubernetes API would reject. */
class StrictKubernetesParserTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
            spec:
              replicas: 2
              selector:
                matchLabels: {app: demo}
              template:
                metadata:
                  labels: {app: demo}
                spec:
                  containers:
                    - name: demo
                      image: demo:1
                      %s
            """;

    @Test
    void aValidManifestParses() {
        Deployment deployment = (Deployment) StrictKubernetesParser.parse(DEPLOYMENT.formatted("ports: [{containerPort: 8080}]"));
        assertEquals(2, deployment.getSpec().getReplicas());
        assertEquals(8080, deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().get(0).getContainerPort());
    }

    @Test
    void aMisspeltFieldFails() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> StrictKubernetesParser.parse(DEPLOYMENT.formatted("imagePullPolcy: Always")));
        assertTrue(e.getMessage().contains("Deployment demo") && e.getMessage().contains("imagePullPolcy"), e.getMessage());
    }

    @Test
    void aMisspeltFieldAtTheTopOfTheSpecFails() {
        String manifest = DEPLOYMENT.formatted("ports: [{containerPort: 8080}]").replace("replicas:", "replica:");
        assertThrows(IllegalArgumentException.class, () -> StrictKubernetesParser.parse(manifest));
    }

    @Test
    void aWrongTypeFails() {
        assertThrows(IllegalArgumentException.class,
                () -> StrictKubernetesParser.parse(DEPLOYMENT.formatted("ports: [{containerPort: http}]")));
        assertThrows(IllegalArgumentException.class,
                () -> StrictKubernetesParser.parse(DEPLOYMENT.formatted("ports: {containerPort: 8080}")));
        String quotedNumber = DEPLOYMENT.formatted("ports: [{containerPort: 8080}]").replace("replicas: 2", "replicas: \"2\"");
        assertThrows(IllegalArgumentException.class, () -> StrictKubernetesParser.parse(quotedNumber));
    }

    @Test
    void anUnknownKindOrApiVersionFails() {
        assertThrows(IllegalArgumentException.class,
                () -> StrictKubernetesParser.parse(DEPLOYMENT.formatted("").replace("apps/v1", "apps/v1beta1")));
        assertThrows(IllegalArgumentException.class,
                () -> StrictKubernetesParser.parse("apiVersion: v1\nkind: Pdo\nmetadata: {name: x}\n"));
    }

    @Test
    void aServiceMonitorIsCheckedAgainstItsCrd() {
        String monitor = """
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: demo}
                spec:
                  selector: {matchLabels: {app: demo}}
                  endpoints:
                    - {port: http, path: /q/metrics, interval: 30s}
                """;
        ServiceMonitor parsed = (ServiceMonitor) StrictKubernetesParser.parse(monitor);
        assertEquals("/q/metrics", parsed.getEndpoints().get(0).path());
        assertThrows(IllegalArgumentException.class,
                () -> StrictKubernetesParser.parse(monitor.replace("interval: 30s", "intervall: 30s")));
        assertThrows(IllegalArgumentException.class,
                () -> StrictKubernetesParser.parse(monitor.replace("interval: 30s", "interval: often")));
        assertThrows(IllegalArgumentException.class,
                () -> StrictKubernetesParser.parse(monitor.replace("matchLabels", "matchLabel")));
    }
}
