package org.lif.baseline;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/** The baseline's one consumer (action-plans' events, its own consumer group) and one scheduled job. */
@ApplicationScoped
public class EventCounter {

    private static final Logger LOG = Logger.getLogger(EventCounter.class);
    private final AtomicLong seen = new AtomicLong();

    @Incoming("events")
    public void count(String event) {
        seen.incrementAndGet();
    }

    @Scheduled(every = "1h")
    void report() {
        LOG.infof("%d events seen", seen.get());
    }
}
