package org.lif.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The application's {@link Clock}: the system clock (UTC). Services that inject it instead of calling
 * {@code now()} can be tested with a clock the test moves (a test-scoped alternative producer wins over this default).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
