package org.lif.helm;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lif.helm.Rendered.RELEASE;
import static org.lif.helm.Rendered.render;
import static org.lif.helm.Rendered.sets;

/** `helm template` scenarios; every rendered object is parsed strictly (see StrictKubernetesParser). */
class ChartRenderTest {

    /** The back-end services (template lif.service, each with its database and topics). */
    static final List<String> ALL = List.of("action-plans", "audits", "reporting", "reviews", "training");
    /** Everything that runs by default: the services and the portal (web front end, templates/portal.yaml). */
    static final List<String> DEPLOYED = List.of("action-plans", "audits", "portal", "reporting", "reviews", "training");
    static final Path HIPS = Path.of("lif/values-hips.yaml");

    /** Every feature on: all services, ingress with TLS, HPA, ServiceMonitor, client secret, extra secrets, CIDR peers. */
    static Rendered allFeatures(Object... more) {
        Map<String, Object> sets = sets(
                "services.reviews.enabled", true,
                "services.audits.enabled", true,
                "services.training.enabled", true,
                "services.reporting.enabled", true,
                "services.actionPlans.autoscaling.enabled", true,
                "services.actionPlans.autoscaling.maxReplicas", 4,
                "services.actionPlans.config.LIF_RAG_AMBER_DAYS", "21",
                "services.actionPlans.secretEnv[0].name", "LIF_EXAMPLE_API_KEY",
                "services.actionPlans.secretEnv[0].secretName", "lif-example",
                "services.actionPlans.secretEnv[0].key", "api-key",
                "services.reviews.ingress.host", "reviews.partnership.example.org",
                "partnerships[0].id", "southampton",
                "partnerships[0].name", "Southampton",
                "partnerships[1].id", "portsmouth",
                "partnerships[1].name", "Portsmouth",
                "ingress.enabled", true,
                "ingress.className", "nginx",
                "ingress.tls.secretName", "lif-wildcard-tls",
                "metrics.serviceMonitor.enabled", true,
                "metrics.serviceMonitor.labels.release", "prometheus",
                "keycloak.clientSecret.existingSecret", "lif-oidc",
                "networkPolicy.egress.postgresql.peer.cidrs[0]", "10.1.0.0/16",
                "networkPolicy.egress.kafka.peer.namespaceSelector.matchLabels.team", "kafka",
                "networkPolicy.egress.extra[0].peer.cidrs[0]", "192.0.2.10/32",
                "networkPolicy.egress.extra[0].ports[0]", 8200,
                "postgresql.parameters", "sslmode=require",
                "bankHolidays.existingConfigMap", "lif-bank-holidays");
        for (int i = 0; i < more.length; i += 2) {
            sets.put((String) more[i], more[i + 1]);
        }
        return render(sets);
    }

    // ---- defaults --------------------------------------------------------------------------

    @Test
    void defaultsDeployEveryService() {
        Rendered r = render(Map.of());
        assertEquals(DEPLOYED, r.deployedServices());
        Set<String> kinds = r.objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(List.of("ConfigMap/lif-partnerships", "Job/lif-kafka-topics",
                "NetworkPolicy/lif-default-deny", "NetworkPolicy/lif-kafka-topics"));
        for (String service : DEPLOYED) {
            for (String kind : List.of("ConfigMap", "Deployment", "NetworkPolicy", "PodDisruptionBudget", "Service", "ServiceAccount")) {
                expected.add(kind + "/lif-" + service);
            }
        }
        assertEquals(expected, kinds, "no Ingress, HPA or ServiceMonitor by default");
    }

    @Test
    void deploymentHasProbesResourcesAndRollout() {
        Deployment d = render(Map.of()).deployment("action-plans");
        assertEquals(1, d.getSpec().getReplicas());
        assertEquals("RollingUpdate", d.getSpec().getStrategy().getType());
        assertEquals(1, d.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal());
        assertEquals(0, d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal());
        Container c = container(d);
        assertEquals("ghcr.io/lif/action-plans:0.1.0", c.getImage(), "the image tag defaults to the appVersion");
        assertEquals(8084, c.getPorts().get(0).getContainerPort());
        assertEquals("http", c.getPorts().get(0).getName());

        assertEquals("/q/health/started", c.getStartupProbe().getHttpGet().getPath());
        assertEquals("/q/health/live", c.getLivenessProbe().getHttpGet().getPath());
        assertEquals("/q/health/ready", c.getReadinessProbe().getHttpGet().getPath());
        for (var probe : List.of(c.getStartupProbe(), c.getLivenessProbe(), c.getReadinessProbe())) {
            assertEquals("http", probe.getHttpGet().getPort().getStrVal());
        }
        assertTrue(c.getStartupProbe().getFailureThreshold() * c.getStartupProbe().getPeriodSeconds() >= 180,
                "start-up (with database migrations) gets minutes, not seconds");

        assertEquals(new Quantity("768Mi"), c.getResources().getLimits().get("memory"));
        assertEquals(new Quantity("1"), c.getResources().getLimits().get("cpu"));
        assertEquals(new Quantity("512Mi"), c.getResources().getRequests().get("memory"));
        assertEquals(new Quantity("250m"), c.getResources().getRequests().get("cpu"));
        String javaOptions = env(c, "JAVA_TOOL_OPTIONS").getValue();
        assertTrue(javaOptions.contains("-XX:MaxRAMPercentage=75"), javaOptions);
        assertTrue(javaOptions.contains("-Djava.io.tmpdir=/tmp"), javaOptions);
    }

    @Test
    void podsAreLockedDown() {
        for (Rendered r : List.of(render(Map.of()), allFeatures())) {
            for (Deployment d : r.all(Deployment.class)) {
                assertLockedDown(d.getSpec().getTemplate().getSpec(), d.getMetadata().getName());
                PodSpec pod = d.getSpec().getTemplate().getSpec();
                assertEquals(185L, pod.getSecurityContext().getRunAsUser());
                assertEquals("/tmp", container(d).getVolumeMounts().get(0).getMountPath());
                assertNotNull(pod.getVolumes().get(0).getEmptyDir(), "/tmp is an emptyDir");
            }
            for (Job job : r.all(Job.class)) {
                assertLockedDown(job.getSpec().getTemplate().getSpec(), job.getMetadata().getName());
            }
        }
    }

    private static void assertLockedDown(PodSpec pod, String name) {
        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name);
        assertTrue(pod.getSecurityContext().getRunAsNonRoot(), name);
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), name);
        for (Container c : pod.getContainers()) {
            var sc = c.getSecurityContext();
            assertTrue(sc.getRunAsNonRoot(), name);
            assertTrue(sc.getReadOnlyRootFilesystem(), name);
            assertFalse(sc.getAllowPrivilegeEscalation(), name);
            assertFalse(sc.getPrivileged(), name);
            assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), name);
            assertTrue(sc.getCapabilities().getAdd() == null || sc.getCapabilities().getAdd().isEmpty(), name);
            assertEquals("RuntimeDefault", sc.getSeccompProfile().getType(), name);
            assertTrue(c.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")), name + ": writable /tmp");
            assertFalse(c.getImage().endsWith(":latest"), name);
        }
    }

    @Test
    void configComesFromValuesAndCredentialsFromExistingSecrets() {
        Rendered r = render(sets("postgresql.host", "pg.db.svc", "postgresql.port", 5433,
                "kafka.bootstrapServers", "k1:9092,k2:9092", "keycloak.authServerUrl", "https://login.example.org/realms/lif",
                "partnerships[0].id", "southampton", "partnerships[0].name", "Southampton",
                "partnerships[1].id", "portsmouth", "partnerships[1].name", "Portsmouth"));
        Map<String, String> config = r.config("action-plans").getData();
        assertEquals("jdbc:postgresql://pg.db.svc:5433/lif_action_plans", config.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("k1:9092,k2:9092", config.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("https://login.example.org/realms/lif", config.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertEquals("8084", config.get("QUARKUS_HTTP_PORT"));
        assertEquals("southampton,portsmouth", config.get("LIF_PARTNERSHIPS"));
        assertEquals("southampton,portsmouth", r.one(ConfigMap.class, "lif-partnerships").getData().get("ids"));

        Deployment d = r.deployment("action-plans");
        Container c = container(d);
        assertEquals("lif-action-plans", c.getEnvFrom().get(0).getConfigMapRef().getName());
        assertSecretRef(env(c, "QUARKUS_DATASOURCE_USERNAME"), "lif-action-plans-db", "username");
        assertSecretRef(env(c, "QUARKUS_DATASOURCE_PASSWORD"), "lif-action-plans-db", "password");
        assertTrue(c.getEnv().stream().noneMatch(e -> e.getName().equals("QUARKUS_OIDC_CREDENTIALS_SECRET")),
                "no client secret unless one is configured");
        assertTrue(d.getSpec().getTemplate().getMetadata().getAnnotations().containsKey("checksum/config"));
    }

    @Test
    void aConfigChangeRollsThePods() {
        String before = checksum(render(Map.of()));
        assertEquals(before, checksum(render(Map.of())), "stable when nothing changes");
        assertNotEquals(before, checksum(render(sets("partnerships[0].id", "hampshire", "partnerships[0].name", "Hampshire"))));
        assertNotEquals(before, checksum(render(sets("kafka.bootstrapServers", "other:9092"))));
        assertNotEquals(before, checksum(render(sets("services.actionPlans.config.LIF_RAG_AMBER_DAYS", "14"))));
    }

    private static String checksum(Rendered r) {
        return r.deployment("action-plans").getSpec().getTemplate().getMetadata().getAnnotations().get("checksum/config");
    }

    @Test
    void podDisruptionBudgetIsOnAndSelectsTheServicePods() {
        Rendered r = render(Map.of());
        PodDisruptionBudget pdb = r.one(PodDisruptionBudget.class, "lif-action-plans");
        assertEquals(1, pdb.getSpec().getMaxUnavailable().getIntVal());
        Map<String, String> podLabels = r.deployment("action-plans").getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(podLabels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()));
        assertEquals(pdb.getSpec().getSelector(), r.deployment("action-plans").getSpec().getSelector());

        assertTrue(render(sets("podDisruptionBudget.enabled", false)).all(PodDisruptionBudget.class).isEmpty());
    }

    @Test
    void serviceAndServiceAccount() {
        Rendered r = render(Map.of());
        Service s = r.one(Service.class, "lif-action-plans");
        assertEquals("ClusterIP", s.getSpec().getType());
        assertEquals(8084, s.getSpec().getPorts().get(0).getPort());
        assertEquals("http", s.getSpec().getPorts().get(0).getTargetPort().getStrVal());
        assertEquals(r.deployment("action-plans").getSpec().getSelector().getMatchLabels(), s.getSpec().getSelector());
        ServiceAccount sa = r.one(ServiceAccount.class, "lif-action-plans");
        assertEquals(Boolean.FALSE, sa.getAutomountServiceAccountToken());
        assertEquals("lif-action-plans", r.deployment("action-plans").getSpec().getTemplate().getSpec().getServiceAccountName());
    }

    // ---- network policy --------------------------------------------------------------------

    @Test
    void networkPolicyDeniesByDefaultAndAllowsOnlyWhatTheServiceNeeds() {
        Rendered r = render(Map.of());
        NetworkPolicy deny = r.one(NetworkPolicy.class, "lif-default-deny");
        assertEquals(List.of("Ingress", "Egress"), deny.getSpec().getPolicyTypes());
        assertTrue(deny.getSpec().getIngress() == null || deny.getSpec().getIngress().isEmpty());
        assertTrue(deny.getSpec().getEgress() == null || deny.getSpec().getEgress().isEmpty());
        assertEquals(Map.of("app.kubernetes.io/name", "lif", "app.kubernetes.io/instance", RELEASE),
                deny.getSpec().getPodSelector().getMatchLabels());

        NetworkPolicy np = r.one(NetworkPolicy.class, "lif-action-plans");
        assertEquals(List.of("Ingress", "Egress"), np.getSpec().getPolicyTypes());
        assertEquals(r.deployment("action-plans").getSpec().getSelector().getMatchLabels(), np.getSpec().getPodSelector().getMatchLabels());

        // ingress: the ingress controller's namespace, monitoring and the portal's pods, on the HTTP port only
        assertEquals(3, np.getSpec().getIngress().size());
        for (NetworkPolicyIngressRule rule : np.getSpec().getIngress()) {
            assertEquals(List.of("http/TCP"), ports(rule.getPorts()));
            assertEquals(1, rule.getFrom().size());
        }
        assertNotNull(np.getSpec().getIngress().get(0).getFrom().get(0).getNamespaceSelector());
        assertNotNull(np.getSpec().getIngress().get(1).getFrom().get(0).getNamespaceSelector());
        assertEquals(r.deployment("portal").getSpec().getSelector().getMatchLabels(),
                np.getSpec().getIngress().get(2).getFrom().get(0).getPodSelector().getMatchLabels(), "the portal, in this namespace");
        assertNull(np.getSpec().getIngress().get(2).getFrom().get(0).getNamespaceSelector());
        assertEquals("ingress-nginx", np.getSpec().getIngress().get(0).getFrom().get(0).getNamespaceSelector()
                .getMatchLabels().get("kubernetes.io/metadata.name"));

        // egress: DNS, PostgreSQL, Kafka, Keycloak - and nothing else
        List<NetworkPolicyEgressRule> egress = np.getSpec().getEgress();
        assertEquals(4, egress.size());
        assertEquals(List.of("53/UDP", "53/TCP"), ports(egress.get(0).getPorts()));
        NetworkPolicyPeer dns = egress.get(0).getTo().get(0);
        assertEquals("kube-system", dns.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
        assertEquals("kube-dns", dns.getPodSelector().getMatchLabels().get("k8s-app"));
        assertEquals(List.of("5432/TCP"), ports(egress.get(1).getPorts()));
        assertEquals(List.of("9092/TCP"), ports(egress.get(2).getPorts()));
        assertEquals(List.of("8080/TCP", "8443/TCP", "443/TCP"), ports(egress.get(3).getPorts()));
    }

    @Test
    void networkPolicyPeersFromValues() {
        NetworkPolicy np = allFeatures().one(NetworkPolicy.class, "lif-action-plans");
        List<NetworkPolicyEgressRule> egress = np.getSpec().getEgress();
        assertEquals(5, egress.size());
        assertEquals("10.1.0.0/16", egress.get(1).getTo().get(0).getIpBlock().getCidr());
        assertEquals("kafka", egress.get(2).getTo().get(0).getNamespaceSelector().getMatchLabels().get("team"));
        assertEquals(List.of("8200/TCP"), ports(egress.get(4).getPorts()));
        assertEquals("192.0.2.10/32", egress.get(4).getTo().get(0).getIpBlock().getCidr());

        Rendered off = render(sets("networkPolicy.enabled", false));
        assertTrue(off.all(NetworkPolicy.class).isEmpty());

        Rendered noMonitoring = render(List.of(Rendered.valuesFile("no-monitoring",
                "networkPolicy: {ingress: {monitoring: {namespaceSelector: {matchLabels: null}}}}")), Map.of());
        assertEquals(2, noMonitoring.one(NetworkPolicy.class, "lif-action-plans").getSpec().getIngress().size(),
                "a peer without selector or CIDR allows nobody (the ingress controller and the portal remain)");
        assertEquals(2, render(sets("portal.enabled", false)).one(NetworkPolicy.class, "lif-action-plans").getSpec().getIngress().size(),
                "no portal, no rule for it");
    }

    private static List<String> ports(List<NetworkPolicyPort> ports) {
        return ports.stream().map(p -> (p.getPort().getIntVal() != null ? p.getPort().getIntVal().toString() : p.getPort().getStrVal())
                + "/" + p.getProtocol()).toList();
    }

    // ---- all features ----------------------------------------------------------------------

    @Test
    void allFeaturesOn() {
        Rendered r = allFeatures();
        assertEquals(DEPLOYED, r.deployedServices());
        assertEquals(6, r.all(Ingress.class).size(), "one per service and the portal's");
        assertEquals(5, r.all(ServiceMonitor.class).size(), "the services' (the portal has no metrics endpoint)");
        assertEquals(6, r.all(PodDisruptionBudget.class).size());
        assertEquals(8, r.all(NetworkPolicy.class).size(), "one per service and the portal + default deny + topics job");

        HorizontalPodAutoscaler hpa = r.one(HorizontalPodAutoscaler.class, "lif-action-plans");
        assertEquals("lif-action-plans", hpa.getSpec().getScaleTargetRef().getName());
        assertEquals(4, hpa.getSpec().getMaxReplicas());
        assertEquals(75, hpa.getSpec().getMetrics().get(0).getResource().getTarget().getAverageUtilization());
        assertNull(r.deployment("action-plans").getSpec().getReplicas(), "the HPA owns the replica count");
        assertEquals(1, r.all(HorizontalPodAutoscaler.class).size());

        Ingress reviews = r.one(Ingress.class, "lif-reviews");
        assertEquals("nginx", reviews.getSpec().getIngressClassName());
        assertEquals("reviews.partnership.example.org", reviews.getSpec().getRules().get(0).getHost());
        assertEquals(List.of("reviews.partnership.example.org"), reviews.getSpec().getTls().get(0).getHosts());
        assertEquals("lif-wildcard-tls", reviews.getSpec().getTls().get(0).getSecretName());
        var path = reviews.getSpec().getRules().get(0).getHttp().getPaths().get(0);
        assertEquals("/api", path.getPath(), "only the API is public");
        assertEquals("lif-reviews", path.getBackend().getService().getName());
        assertEquals("training.lif.example.org", r.one(Ingress.class, "lif-training").getSpec().getRules().get(0).getHost());

        ServiceMonitor monitor = r.one(ServiceMonitor.class, "lif-audits");
        assertEquals("/q/metrics", monitor.getEndpoints().get(0).path());
        assertEquals("http", monitor.getEndpoints().get(0).port());
        assertEquals("prometheus", monitor.getMetadata().getLabels().get("release"));
        assertEquals(List.of(Rendered.NAMESPACE), monitor.getNamespaces());
        assertEquals(r.deployment("audits").getSpec().getSelector().getMatchLabels(), monitor.getSelector().getMatchLabels());

        Container c = container(r.deployment("action-plans"));
        assertSecretRef(env(c, "QUARKUS_OIDC_CREDENTIALS_SECRET"), "lif-oidc", "client-secret");
        assertEquals("/etc/lif/calendar/bank-holidays.json", env(c, "LIF_CALENDAR_BANK_HOLIDAYS_FILE").getValue());
        assertTrue(c.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/etc/lif/calendar") && m.getReadOnly()));
        assertEquals("lif-bank-holidays", r.deployment("action-plans").getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getConfigMap() != null).findFirst().orElseThrow().getConfigMap().getName());
        assertSecretRef(env(c, "LIF_EXAMPLE_API_KEY"), "lif-example", "api-key");
        assertEquals("21", r.config("action-plans").getData().get("LIF_RAG_AMBER_DAYS"));
        assertEquals("jdbc:postgresql://postgresql:5432/lif_reviews?sslmode=require",
                r.config("reviews").getData().get("QUARKUS_DATASOURCE_JDBC_URL"));
        Map<Integer, String> ports = r.all(Deployment.class).stream().collect(Collectors.toMap(
                d -> container(d).getPorts().get(0).getContainerPort(), d -> d.getMetadata().getName()));
        assertEquals(Map.of(8080, "lif-portal", 8081, "lif-reviews", 8082, "lif-audits", 8083, "lif-training", 8084, "lif-action-plans",
                8085, "lif-reporting"), ports);
    }

    @Test
    void oneServiceDisabled() {
        Rendered r = allFeatures("services.reporting.enabled", false);
        assertEquals(List.of("action-plans", "audits", "portal", "reviews", "training"), r.deployedServices());
        assertTrue(r.objects.stream().noneMatch(o -> o.getMetadata().getName().contains("reporting")), "no reporting object");
        assertFalse(topics(r).stream().anyMatch(t -> t.contains("reporting")), "nobody else consumes reporting's events");
        assertEquals(5, r.all(Ingress.class).size());
        assertNull(r.config("portal").getData().get("LIF_PORTAL_SERVICES_REPORTING_URL"), "the portal is not sent to a service that is not there");
    }

    // ---- topics job ------------------------------------------------------------------------

    @Test
    void topicsJobIsAHookCreatingTheTopicsOfTheEnabledServices() {
        Rendered r = render(Map.of());
        Job job = r.one(Job.class, "lif-kafka-topics");
        assertEquals("pre-install,pre-upgrade", job.getMetadata().getAnnotations().get(Rendered.HOOK_PREFIX + "hook"));
        assertEquals("before-hook-creation,hook-succeeded", job.getMetadata().getAnnotations().get(Rendered.HOOK_PREFIX + "hook-delete-policy"));
        NetworkPolicy jobPolicy = r.one(NetworkPolicy.class, "lif-kafka-topics");
        assertEquals("pre-install,pre-upgrade", jobPolicy.getMetadata().getAnnotations().get(Rendered.HOOK_PREFIX + "hook"));
        assertEquals("before-hook-creation,hook-succeeded",
                jobPolicy.getMetadata().getAnnotations().get(Rendered.HOOK_PREFIX + "hook-delete-policy"), "nothing left behind");
        assertTrue(Integer.parseInt(jobPolicy.getMetadata().getAnnotations().get(Rendered.HOOK_PREFIX + "hook-weight"))
                < Integer.parseInt(job.getMetadata().getAnnotations().get(Rendered.HOOK_PREFIX + "hook-weight")), "its policy exists before it runs");
        assertEquals(List.of("53/UDP", "53/TCP", "9092/TCP"), jobPolicy.getSpec().getEgress().stream()
                .flatMap(e -> ports(e.getPorts()).stream()).toList());
        assertTrue(jobPolicy.getSpec().getIngress() == null || jobPolicy.getSpec().getIngress().isEmpty());

        Container c = job.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("docker.io/apache/kafka:4.1.2", c.getImage());
        assertEquals("Never", job.getSpec().getTemplate().getSpec().getRestartPolicy());
        // every service's topic and dead-letter topic
        assertEquals(List.of("lif.action-plans.events:3", "lif.action-plans.events.dlq:1", "lif.audits.events:3",
                "lif.audits.events.dlq:1", "lif.reporting.events:3", "lif.reporting.events.dlq:1", "lif.reviews.events:3",
                "lif.reviews.events.dlq:1", "lif.training.events:3", "lif.training.events.dlq:1"), topicSpecs(r));
        assertEquals("3", env(c, "LIF_REPLICATION_FACTOR").getValue());
        assertEquals("retention.ms=1209600000", env(c, "LIF_DLQ_CONFIG").getValue());
        assertTrue(c.getArgs().get(0).contains("--if-not-exists"));
        assertTrue(readChartFile("templates/kafka-topics-job.yaml").contains("helm.sh/hook: pre-install,pre-upgrade"),
                "the real chart carries the real hook annotations");

        Job custom = render(sets("kafka.topicsJob.image.repository", "registry.example.org/kafka",
                "kafka.topicsJob.image.tag", "3.9.1", "kafka.topics.replicationFactor", 1)).one(Job.class, "lif-kafka-topics");
        assertEquals("registry.example.org/kafka:3.9.1", custom.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());

        assertTrue(render(sets("kafka.topicsJob.enabled", false)).all(Job.class).isEmpty());
        Rendered reviewsOnly = render(sets("portal.enabled", false, "services.actionPlans.enabled", false,
                "services.audits.enabled", false, "services.training.enabled", false, "services.reporting.enabled", false));
        assertEquals(List.of("reviews"), reviewsOnly.deployedServices());
        assertEquals(List.of("lif.action-plans.events", "lif.action-plans.events.dlq", "lif.reviews.events", "lif.reviews.events.dlq"),
                topics(reviewsOnly), "reviews alone: its own topics and those of action-plans, which it consumes");
        assertEquals(10, topics(allFeatures()).size(), "five services x (events, dlq)");
    }

    private static List<String> topicSpecs(Rendered r) {
        Container c = r.one(Job.class, "lif-kafka-topics").getSpec().getTemplate().getSpec().getContainers().get(0);
        return List.of(env(c, "LIF_TOPICS").getValue().split(" "));
    }

    private static List<String> topics(Rendered r) {
        return topicSpecs(r).stream().map(s -> s.substring(0, s.indexOf(':'))).toList();
    }

    // ---- portal ----------------------------------------------------------------------------

    @Test
    void portalCallsOnlyKeycloakAndTheServicesWithItsClientSecretFromAnExistingSecret() {
        Rendered r = allFeatures("portal.keycloak.sessionSecretKey", "session-secret");
        Map<String, String> config = r.config("portal").getData();
        assertEquals("lif-portal", config.get("QUARKUS_OIDC_CLIENT_ID"));
        assertEquals("http://lif-action-plans:8084", config.get("LIF_PORTAL_SERVICES_ACTION_PLANS_URL"));
        assertEquals("http://lif-reviews:8081", config.get("LIF_PORTAL_SERVICES_REVIEWS_URL"));
        assertEquals("Southampton", config.get("LIF_PORTAL_PARTNERSHIP_NAMES_SOUTHAMPTON"));
        assertEquals("true", config.get("QUARKUS_OIDC_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME"), "behind the TLS ingress");
        assertTrue(config.keySet().stream().noneMatch(k -> k.startsWith("QUARKUS_DATASOURCE") || k.startsWith("KAFKA")),
                "no database, no Kafka: " + config.keySet());

        Container c = container(r.deployment("portal"));
        assertEquals("ghcr.io/lif/portal:0.1.0", c.getImage());
        assertSecretRef(env(c, "QUARKUS_OIDC_CREDENTIALS_SECRET"), "lif-portal-oidc", "client-secret");
        assertSecretRef(env(c, "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET"), "lif-portal-oidc", "session-secret");
        assertLockedDown(r.deployment("portal").getSpec().getTemplate().getSpec(), "portal");

        Ingress ingress = r.one(Ingress.class, "lif-portal");
        assertEquals("portal.lif.example.org", ingress.getSpec().getRules().get(0).getHost(), "its own host");
        assertEquals("/", ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getPath(), "every page");
        assertEquals(List.of("portal.lif.example.org"), ingress.getSpec().getTls().get(0).getHosts());

        NetworkPolicy np = r.one(NetworkPolicy.class, "lif-portal");
        assertEquals(1, np.getSpec().getIngress().size(), "only the ingress controller calls it");
        List<NetworkPolicyEgressRule> egress = np.getSpec().getEgress();
        assertEquals(List.of("53/UDP", "53/TCP"), ports(egress.get(0).getPorts()));
        assertEquals(List.of("8080/TCP", "8443/TCP", "443/TCP"), ports(egress.get(1).getPorts()), "Keycloak");
        Map<String, String> services = new java.util.TreeMap<>();
        for (NetworkPolicyEgressRule rule : egress.subList(2, egress.size())) {
            services.put(rule.getTo().get(0).getPodSelector().getMatchLabels().get("app.kubernetes.io/component"),
                    ports(rule.getPorts()).get(0));
        }
        assertEquals(Map.of("action-plans", "8084/TCP", "audits", "8082/TCP", "reporting", "8085/TCP", "reviews", "8081/TCP",
                "training", "8083/TCP"), services, "the five services, each on its port: no PostgreSQL, no Kafka");

        Rendered off = render(sets("portal.enabled", false));
        assertEquals(ALL, off.deployedServices());
        assertTrue(off.objects.stream().noneMatch(o -> o.getMetadata().getName().contains("portal")));
    }

    // ---- HIPS example ----------------------------------------------------------------------

    @Test
    void hipsExample() {
        Rendered r = render(List.of(HIPS), Map.of());
        assertEquals(DEPLOYED, r.deployedServices());
        for (String service : ALL) {
            assertEquals("hampshire,isle-of-wight,portsmouth,southampton", r.config(service).getData().get("LIF_PARTNERSHIPS"));
        }
        assertEquals("jdbc:postgresql://lif-pg-rw.databases.svc.cluster.local:5432/lif_reporting?sslmode=require",
                r.config("reporting").getData().get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("jdbc:postgresql://lif-pg-rw.databases.svc.cluster.local:5432/lif_action_plans?sslmode=require",
                r.config("action-plans").getData().get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("https://login.hips.example.org/realms/lif", r.config("action-plans").getData().get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        Container c = container(r.deployment("action-plans"));
        assertEquals("registry.hips.example.org/lif/action-plans:0.1.0", c.getImage());
        assertEquals(new Quantity("1Gi"), c.getResources().getLimits().get("memory"));
        assertEquals("hips-registry", r.deployment("action-plans").getSpec().getTemplate().getSpec().getImagePullSecrets().get(0).getName());
        Ingress ingress = r.one(Ingress.class, "lif-action-plans");
        assertEquals("action-plans.lif.hips.example.org", ingress.getSpec().getRules().get(0).getHost());
        assertEquals("lif-action-plans-tls", ingress.getSpec().getTls().get(0).getSecretName());
        assertEquals(ALL.size(), r.all(ServiceMonitor.class).size());
        NetworkPolicy np = r.one(NetworkPolicy.class, "lif-action-plans");
        assertEquals("10.20.30.0/24", np.getSpec().getEgress().get(3).getTo().get(0).getIpBlock().getCidr());
        assertEquals(List.of("443/TCP"), ports(np.getSpec().getEgress().get(3).getPorts()));
    }

    // ---- secrets ---------------------------------------------------------------------------

    @Test
    void noSecretValueIsEverRendered() {
        for (Rendered r : List.of(render(Map.of()), allFeatures(), render(List.of(HIPS), Map.of()))) {
            assertTrue(r.all(Secret.class).isEmpty(), "the chart creates no Secret");
            for (HasMetadata o : r.objects) {
                for (Container c : containers(o)) {
                    for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
                        if (e.getName().matches(".*(PASSWORD|SECRET|USERNAME|KEY|TOKEN|CREDENTIAL).*")) {
                            assertNull(e.getValue(), e.getName() + " must not have a literal value");
                            assertNotNull(e.getValueFrom().getSecretKeyRef(), e.getName() + " comes from a Secret");
                        }
                    }
                }
            }
            for (ConfigMap cm : r.all(ConfigMap.class)) {
                for (String key : cm.getData().keySet()) {
                    assertFalse(key.matches(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL).*"), cm.getMetadata().getName() + ": " + key);
                }
            }
            assertFalse(r.manifests.toLowerCase().contains("password:"), "no password field anywhere");
            assertFalse(r.manifests.contains("lif-cli"), "the demo password-grant client is not part of the chart");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    static String readChartFile(String path) {
        try {
            return java.nio.file.Files.readString(Rendered.CHART.resolve(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Container container(Deployment d) {
        List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    static List<Container> containers(HasMetadata o) {
        if (o instanceof Deployment d) {
            return d.getSpec().getTemplate().getSpec().getContainers();
        }
        if (o instanceof Job j) {
            return j.getSpec().getTemplate().getSpec().getContainers();
        }
        return List.of();
    }

    // ---- email -----------------------------------------------------------------------------

    @Test
    void withoutAnSmtpServerEmailsAreOnlyLoggedAndNoMailEgressIsOpened() {
        Rendered r = render(Map.of());
        assertEquals("true", r.one(ConfigMap.class, "lif-training").getData().get("QUARKUS_MAILER_MOCK"));
        assertFalse(r.one(ConfigMap.class, "lif-training").getData().containsKey("QUARKUS_MAILER_HOST"));
        assertTrue(r.one(NetworkPolicy.class, "lif-training").getSpec().getEgress().stream()
                .flatMap(e -> e.getPorts().stream()).noneMatch(p -> p.getPort() != null && Integer.valueOf(587).equals(p.getPort().getIntVal())));
    }

    @Test
    void anSmtpServerIsUsedWithItsLoginFromAnExistingSecretAndReachable() {
        Rendered r = render(Map.of("smtp.host", "smtp.partnership.example", "smtp.from", "lif@partnership.example",
                "smtp.existingSecret", "lif-smtp"));
        Map<String, String> config = r.one(ConfigMap.class, "lif-training").getData();
        assertEquals("false", config.get("QUARKUS_MAILER_MOCK"));
        assertEquals("smtp.partnership.example", config.get("QUARKUS_MAILER_HOST"));
        assertEquals("587", config.get("QUARKUS_MAILER_PORT"));
        assertEquals("REQUIRED", config.get("QUARKUS_MAILER_START_TLS"));
        assertEquals("lif@partnership.example", config.get("QUARKUS_MAILER_FROM"));
        Container c = container(r.deployment("training"));
        assertSecretRef(env(c, "QUARKUS_MAILER_USERNAME"), "lif-smtp", "username");
        assertSecretRef(env(c, "QUARKUS_MAILER_PASSWORD"), "lif-smtp", "password");
        assertTrue(r.one(NetworkPolicy.class, "lif-training").getSpec().getEgress().stream()
                .flatMap(e -> e.getPorts().stream()).anyMatch(p -> p.getPort() != null && Integer.valueOf(587).equals(p.getPort().getIntVal())));
    }

    static EnvVar env(Container c, String name) {
        return c.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no env " + name + " in " + c.getName()));
    }

    static void assertSecretRef(EnvVar env, String secret, String key) {
        assertNull(env.getValue(), env.getName());
        assertEquals(secret, env.getValueFrom().getSecretKeyRef().getName(), env.getName());
        assertEquals(key, env.getValueFrom().getSecretKeyRef().getKey(), env.getName());
    }
}
