package org.lif.training;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.OpenApiContract;

import static io.restassured.RestAssured.given;

/**
 * The committed API description (docs/api/training.yaml) is what the running service serves (see {@link OpenApiContract}).
 */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class OpenApiContractTest {

    @Test
    void committedOpenApiMatchesTheRunningService() {
        OpenApiContract.assertCommittedMatchesServed("training");
    }

    @Test
    void everyOperationDocumentsItsProblems() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/partnerships/{partnershipId}/bookings/{bookingId}/cancel'.post.responses.'409'.content.'application/problem+json'", org.hamcrest.Matchers.notNullValue())
                .body("components.schemas.Problem.properties.errors", org.hamcrest.Matchers.notNullValue());
    }
}
