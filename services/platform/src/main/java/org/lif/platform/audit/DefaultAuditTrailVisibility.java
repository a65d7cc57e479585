package org.lif.platform.audit;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.lif.platform.tenancy.PartnershipContext;

import java.util.Optional;

/** The platform's rule: callers confined to an agency by their roles read only that agency's entries. */
@DefaultBean
@RequestScoped
public class DefaultAuditTrailVisibility implements AuditTrailVisibility {

    @Inject
    PartnershipContext context;

    @Override
    public Optional<String> confinedToAgency() {
        return context.agencyRestriction();
    }
}
