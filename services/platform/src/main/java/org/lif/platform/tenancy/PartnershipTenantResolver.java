package org.lif.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells Hibernate (discriminator multitenancy, {@code @TenantId partnershipId} on every tenant-owned entity) which
 * partnership the current unit of work belongs to. Outside a partnership context nothing tenant-owned is visible.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class PartnershipTenantResolver implements TenantResolver {

    /** A tenant id no partnership can have: queries outside a partnership see no tenant-owned rows. */
    public static final String NONE = "-none-";

    @Inject
    PartnershipContext context;

    @Override
    public String getDefaultTenantId() {
        return NONE;
    }

    @Override
    public String resolveTenantId() {
        if (!Arc.container().requestContext().isActive() || !context.active()) {
            return NONE;
        }
        return context.partnershipId();
    }
}
