package org.lif.training;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.OpenApiFuzz;
import org.lif.testkit.TestTokens;

/**
 * Every operation of the committed API refuses bad input with problem+json, never a 5xx, and writes nothing (see
 * {@link OpenApiFuzz}). It runs in a partnership of its own: what its valid-looking requests create (a standards set
 * of "sample", say) stays out of the partnerships the other tests use.
 */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class BadInputFuzzTest {

    static final String PARTNERSHIP = "fuzz-partnership";

    @Test
    void everyOperationRefusesBadInputCleanly() {
        String token = TestTokens.user("fuzz").role(PARTNERSHIP, "partnership-admin")
                .role(PARTNERSHIP, "safeguarding-partner").agency("hampshire-constabulary").token();
        OpenApiFuzz.assertEveryOperationRefusesBadInputCleanly(PARTNERSHIP, token);
    }
}
