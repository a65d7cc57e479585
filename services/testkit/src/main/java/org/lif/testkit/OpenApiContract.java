package org.lif.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that a service's committed API description ({@code docs/api/<service>.yaml}) is exactly what the running
 * service serves at {@code /q/openapi}. After an intended API change, regenerate the file with
 * {@code ./mvnw verify -pl services/<service> -Dtest=OpenApiContractTest -Dlif.openapi.update=true} and review the diff.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    /** Call from a {@code @QuarkusTest} of the service (RestAssured points at it). */
    public static void assertCommittedMatchesServed(String service) {
        Path committed = Path.of("../../docs/api/" + service + ".yaml");
        String served = given().accept("application/yaml").get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        try {
            if (Boolean.getBoolean("lif.openapi.update")) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, served);
            }
            assertTrue(Files.exists(committed), "docs/api/" + service + ".yaml is missing");
            assertEquals(normalise(Files.readString(committed)), normalise(served), "docs/api/" + service
                    + ".yaml differs from the running service: regenerate it (-Dlif.openapi.update=true) and review the diff");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n").strip();
    }
}
