package org.lif.reporting;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.OpenApiContract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

/** The committed API description (docs/api/reporting.yaml) is what the running service serves (see {@link OpenApiContract}). */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class OpenApiContractTest {

    @Test
    void committedOpenApiMatchesTheRunningService() {
        OpenApiContract.assertCommittedMatchesServed("reporting");
    }

    @Test
    void everyOperationDocumentsItsProblems() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/partnerships/{partnershipId}/annual-reports/{reportId}/finalise'.post.responses.'409'.content.'application/problem+json'", notNullValue())
                .body("components.schemas.Problem.properties.errors", notNullValue());
    }
}
