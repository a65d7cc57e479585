package org.lif.reviews;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.testkit.LifTestStack;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed API description (docs/api/reviews.yaml) is what the running service serves. After an intended
 * API change, regenerate it with {@code ./mvnw verify -pl services/reviews -Dtest=OpenApiContractTest -Dlif.openapi.update=true}.
 */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class OpenApiContractTest {

    static final Path COMMITTED = Path.of("../../docs/api/reviews.yaml");

    @Test
    void committedOpenApiMatchesTheRunningService() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("lif.openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served);
        }
        assertTrue(Files.exists(COMMITTED), "docs/api/reviews.yaml is missing");
        assertEquals(normalise(Files.readString(COMMITTED)), normalise(served),
                "docs/api/reviews.yaml differs from the running service: regenerate it (see this test's Javadoc) and review the diff");
    }

    @Test
    void everyOperationDocumentsItsProblems() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/partnerships/{partnershipId}/reviews/{reviewId}/panel-submission'.post.responses.'409'.content.'application/problem+json'", org.hamcrest.Matchers.notNullValue())
                .body("components.schemas.Problem.properties.errors", org.hamcrest.Matchers.notNullValue());
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n").strip();
    }
}
