package org.lif.audits;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.OpenApiFuzz;

/**
 * Every operation of the committed API refuses bad input with problem+json, never a 5xx, and writes nothing (see
 * {@link OpenApiFuzz}), in a partnership of its own so that its valid-looking writes do not change other tests' data.
 */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class BadInputFuzzTest {

    @Test
    void everyOperationRefusesBadInputCleanly() {
        OpenApiFuzz.assertEveryOperationRefusesBadInputCleanly();
    }
}
