package org.lif.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

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

    /**
     * Runs {@code work} across every agency of the current partnership (the partnership stays confined): for the rare
     * write an agency-scoped caller triggers on other agencies' records, e.g. promoting the next person on a waiting
     * list when a practitioner cancels. The filter is switched on again afterwards.
     */
    public static <T> T acrossAgencies(EntityManager em, Supplier<T> work) {
        Session session = em.unwrap(Session.class);
        boolean wasEnabled = session.getEnabledFilter(FILTER) != null;
        session.disableFilter(FILTER);
        try {
            return work.get();
        } finally {
            if (wasEnabled) {
                session.enableFilter(FILTER).setParameter(PARAM, new CurrentAgency().get());
            }
        }
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
