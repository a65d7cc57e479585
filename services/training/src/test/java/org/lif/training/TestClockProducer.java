package org.lif.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.lif.testkit.SettableClock;

import java.time.Clock;

/** Replaces the platform's system clock in tests: {@link #CLOCK} can be moved (reset it after each test). */
@ApplicationScoped
public class TestClockProducer {

    public static final SettableClock CLOCK = new SettableClock();

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
