package org.lif.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One notion of today: the main code of every LIF module reads the time only through the platform's
 * {@code org.lif.platform.time.Today} (the application's one clock, in England, which tests pin). A call such as
 * {@code LocalDate.now()}, {@code OffsetDateTime.now(ZoneOffset.UTC)}, {@code Clock.systemUTC()} or
 * {@code System.currentTimeMillis()} anywhere else fails the build: it is how dates came to depend on the day, and on
 * the hour, the tests ran.
 */
class ClockSeamTest {

    /** Where the clock is allowed to be read: the seam itself. */
    static final String SEAM = "org.lif.platform.time..";

    static JavaClasses lif;

    @BeforeAll
    static void importMainCode() {
        lif = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.lif");
    }

    @Test
    void theMainCodeOfEveryModuleIsThere() {
        for (String module : new String[]{"contracts", "platform", "actionplans", "reviews", "training", "audits", "reporting", "portal"}) {
            assertTrue(lif.stream().anyMatch(c -> c.getPackageName().startsWith("org.lif." + module)),
                    "no class of org.lif." + module + " was found: the rule would check nothing");
        }
    }

    @Test
    void nothingOutsideTheSeamReadsTheSystemClock() {
        ArchRule rule = classes().that().resideInAPackage("org.lif..").and().resideOutsideOfPackage(SEAM)
                .should(readTheTimeOnlyThroughToday());
        rule.check(lif);
    }

    @Test
    void theRuleSeesEachWayOfReadingTheClock() {
        JavaClasses fixture = new ClassFileImporter().importClasses(ReadsTheClock.class);
        AssertionError failure = assertThrows(AssertionError.class,
                () -> classes().should(readTheTimeOnlyThroughToday()).check(fixture));
        for (String call : new String[]{"LocalDate.now()", "OffsetDateTime.now(java.time.ZoneId)", "Clock.systemUTC()",
                "System.currentTimeMillis()"}) {
            assertTrue(failure.getMessage().contains(call), call + " not reported: " + failure.getMessage());
        }
    }

    /** What the rule must refuse. */
    static final class ReadsTheClock {
        Object[] read() {
            return new Object[]{java.time.LocalDate.now(), java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC),
                    java.time.Clock.systemUTC(), System.currentTimeMillis()};
        }
    }

    static ArchCondition<JavaClass> readTheTimeOnlyThroughToday() {
        return new ArchCondition<>("read the time only through org.lif.platform.time.Today") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean now = name.equals("now") && owner.startsWith("java.time.");
                    boolean systemClock = owner.equals("java.time.Clock") && name.startsWith("system");
                    boolean millis = owner.equals("java.lang.System") && name.equals("currentTimeMillis");
                    if (now || systemClock || millis) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()
                                + " — inject org.lif.platform.time.Today instead"));
                    }
                }
            }
        };
    }
}
