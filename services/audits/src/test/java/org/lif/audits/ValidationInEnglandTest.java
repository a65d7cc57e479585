package org.lif.audits;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.lif.platform.calendar.WorkingDayCalendar;
import org.lif.testkit.LifTestStack;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Must not be in the future" is judged on England's date, like every other date in LIF (platform ValidationClock). */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class ValidationInEnglandTest {

    @Inject
    ValidatorFactory validation;

    @Test
    void dateConstraintsUseTheApplicationClockInEngland() {
        assertEquals(WorkingDayCalendar.ZONE, validation.getClockProvider().getClock().getZone());
    }
}
