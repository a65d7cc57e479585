package org.lif.helm;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lif.helm.Rendered.sets;

/** values.schema.json rejects unknown keys and wrong types, so no value is silently ignored. */
class ValuesSchemaTest {

    private static String rejected(Map<String, Object> sets) {
        Exception e = assertThrows(Exception.class, () -> Rendered.template(List.of(), sets).call(),
                () -> "values accepted but should not be: " + sets);
        String message = String.valueOf(e.getMessage());
        assertTrue(message.contains("values don't meet the specifications of the schema"), message);
        return message;
    }

    @Test
    void aMisspeltKeyIsRejected() {
        String message = rejected(sets("services.actionPlans.replicaCont", 2));
        assertTrue(message.contains("replicaCont"), message);
        rejected(sets("networkPolicy.egress.postgres.ports[0]", 5432));
        rejected(sets("podDisruptionBudget.minAvailabel", 1));
        rejected(sets("services.actionPlans.resources.limits.memroy", "1Gi"));
        rejected(sets("services.billing.enabled", true));
        rejected(sets("networkPolicy.ingress.ingressController.namespaceSelector.matchLabel.x", "y"));
    }

    @Test
    void aWrongTypeIsRejected() {
        rejected(sets("services.actionPlans.port", "http"));
        rejected(sets("services.actionPlans.enabled", "yes"));
        rejected(sets("podDisruptionBudget.enabled", "on"));
        rejected(sets("kafka.topics.partitions", 0));
        rejected(sets("services.actionPlans.resources.limits.memory", "a lot"));
        rejected(sets("updateStrategy.type", "BlueGreen"));
        rejected(sets("jvm.maxRamPercentage", 100));
    }

    @Test
    void invalidPartnershipsAreRejected() {
        rejected(sets("partnerships[0].id", "Isle of Wight", "partnerships[0].name", "Isle of Wight"));
        rejected(sets("partnerships[0].id", "portsmouth"));
    }

    @Test
    void secretsCannotBePutIntoPlainConfig() {
        rejected(sets("services.actionPlans.config.QUARKUS_DATASOURCE_PASSWORD", "s3cret"));
        rejected(sets("services.actionPlans.config.lowercase", "x"));
        rejected(sets("services.actionPlans.database.existingSecret", ""));
    }

    @Test
    void validValuesAreAccepted() {
        Rendered.render(sets("services.actionPlans.config.LIF_RAG_AMBER_DAYS", "28",
                "partnerships[0].id", "isle-of-wight", "partnerships[0].name", "Isle of Wight",
                "tolerations[0].key", "dedicated", "tolerations[0].operator", "Equal",
                "tolerations[0].value", "lif", "tolerations[0].effect", "NoSchedule"));
    }
}
