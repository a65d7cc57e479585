package org.lif.reporting;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.OpenApiFuzz;
import org.lif.testkit.TestTokens;

/** Every operation of the committed API refuses bad input with problem+json, never a 5xx, and writes nothing (see {@link OpenApiFuzz}). */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class BadInputFuzzTest {

    @Test
    void everyOperationRefusesBadInputCleanly() {
        String token = TestTokens.user("fuzz").role("southampton", "partnership-admin")
                .role("southampton", "safeguarding-partner").agency("hampshire-constabulary").token();
        OpenApiFuzz.assertEveryOperationRefusesBadInputCleanly("southampton", token);
    }
}
