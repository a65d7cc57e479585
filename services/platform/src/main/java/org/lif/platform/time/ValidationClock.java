package org.lif.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import org.lif.platform.calendar.WorkingDayCalendar;

import java.time.Clock;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @Future}, ...): the application's {@link Clock}, in England.
 * A date is then "today" when it is today in England, as everywhere else in LIF ({@link Today}) — also in the last
 * hour of a British Summer Time day, when UTC is still on the day before — and tests that move the clock move it too.
 * Quarkus gives this bean to the validator factory.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    private final Clock clock;

    public ValidationClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock.withZone(WorkingDayCalendar.ZONE);
    }
}
