package org.lif.audits;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.TestClock;
import org.lif.testkit.LifTestStack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.lif.audits.Api.*;

/**
 * deploy/local/demo-data/40-audits.sh against this service (test tokens stand in for Keycloak's): it loads, and a
 * second run changes nothing. Skipped where bash or curl is missing.
 */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class DemoDataScriptTest {

    static final Path SCRIPT = Path.of("../../deploy/local/demo-data/40-audits.sh");

    @Test
    void demoDataLoadsAndIsSafeToRunTwice() throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT) && onPath("bash") && onPath("curl"), "needs bash and curl");
        Path tokenLib = Files.createTempFile("lif-token", ".sh");
        Files.writeString(tokenLib, "lif_token() { local v=\"T_$(printf '%s' \"$1\" | tr 'a-z-' 'A-Z_')\"; printf '%s\\n' \"${!v:?no test token for $1}\"; }\n");
        Map<String, String> env = Map.of(
                "LIF_URL_AUDITS", "http://localhost:" + RestAssured.port,
                "LIF_TOKEN_LIB", tokenLib.toString(),
                "LIF_DEMO_TODAY", TestClock.today().toString(), // the service's today, on the run's pinned clock
                "T_SOUTHAMPTON_ADMIN", DemoTokens.southamptonAdmin(),
                "T_SOUTHAMPTON_POLICE", DemoTokens.southamptonPolice(),
                "T_SOUTHAMPTON_SCHOOL", DemoTokens.southamptonSchool(),
                "T_SOUTHAMPTON_CHARITY", DemoTokens.southamptonCharity(),
                "T_HIPS_CHAIR", DemoTokens.hipsChair(),
                "T_PORTSMOUTH_ADMIN", DemoTokens.portsmouthAdmin(),
                "T_PORTSMOUTH_SCHOOL", DemoTokens.portsmouthSchool());
        String first = run(env);
        assertTrue(first.contains("a closed thematic audit"), first);
        String second = run(env);
        assertTrue(second.contains("audit programme demo data already present"), second);
        assertTrue(second.contains("Section 11 demo data already present"), second);

        as(admin()).get(audits() + "?status=CLOSED&size=100").then().statusCode(200)
                .body("items.title", hasItem("Neglect: multi-agency thematic audit"));
        as(admin()).get(base(P) + "/section11/cycles").then().statusCode(200)
                .body("find { it.title.startsWith('Section 11 " + TODAY.getYear() + "') }.agencies.find { it.agency == 'youth-options' }.status", is("AGREED"))
                .body("find { it.title.startsWith('Section 11 " + TODAY.getYear() + "') }.agencies.find { it.agency == 'hampshire-constabulary' }.status", is("DRAFT"));
        Files.deleteIfExists(tokenLib);
    }

    private static String run(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the script did not finish in time");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static boolean onPath(String command) {
        try {
            return new ProcessBuilder("bash", "-c", "command -v " + command).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
