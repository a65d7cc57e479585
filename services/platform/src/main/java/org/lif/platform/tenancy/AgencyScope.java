package org.lif.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

import java.util.function.Supplier;

/**
 * Confines agency-scoped callers (relevant-agency, practitioner) to their own agency's records, in every query and
 * every load by id, the way {@code @TenantId} confines everyone to one partnership. It is the Hibernate filter
 * {@value #FILTER}, defined once (see {@code package-info.java}) and switched on for every session; an entity opts in
 * with a condition on its owning agency, e.g.
 * <pre>
 * &#64;Filter(name = AgencyScope.FILTER, condition = "(:agency = '*' or owner_agency = :agency)")
 * </pre>
 * The parameter {@value #PARAM} is the caller's agency when the caller is confined to it, otherwise {@value #ALL}.
 */
public final class AgencyScope {

    public static final String FILTER = "agencyScope";
    public static final String PARAM = "agency";
    /** The parameter's value for callers who see every agency (and for consumers and jobs). */
    public static final String ALL = "*";
    /** The condition for an entity with an {@code owner_agency} column. */
    public static final String OWNER_AGENCY = "(:agency = '*' or owner_agency = :agency)";

    private AgencyScope() {
    }

    /** Supplies the filter's parameter from the current {@link PartnershipContext}. */
    public static final class CurrentAgency implements Supplier<String> {
        @Override
        public String get() {
            if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
                return ALL;
            }
            try (InstanceHandle<PartnershipContext> handle = Arc.container().instance(PartnershipContext.class)) {
                PartnershipContext context = handle.get();
                return context.active() ? context.agencyRestriction().orElse(ALL) : ALL;
            }
        }
    }
}
