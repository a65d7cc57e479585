package org.lif.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import java.util.function.Supplier;

/**
 * Runs work inside one partnership outside an HTTP request: event consumers and scheduled jobs.
 * The request context it activates carries the {@link PartnershipContext} Hibernate confines queries to.
 */
@ApplicationScoped
public class Partnerships {

    private final PartnershipContext context;

    public Partnerships(PartnershipContext context) {
        this.context = context;
    }

    @ActivateRequestContext
    public <T> T callAsSystem(String partnershipId, String component, Supplier<T> work) {
        context.enterAsSystem(partnershipId, component);
        return work.get();
    }

    @ActivateRequestContext
    public void runAsSystem(String partnershipId, String component, Runnable work) {
        context.enterAsSystem(partnershipId, component);
        work.run();
    }
}
