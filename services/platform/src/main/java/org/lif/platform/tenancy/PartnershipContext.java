package org.lif.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The partnership a request (or a consumed event) works in, and what the caller may do there.
 * Set once per request by {@link PartnershipAccessFilter}, or by {@link #enterAsSystem} for event consumers and
 * scheduled jobs. Hibernate reads {@link #partnershipId()} (see {@link PartnershipTenantResolver}) so every query and
 * every insert is confined to this partnership.
 */
@RequestScoped
public class PartnershipContext {

    private String partnershipId;
    private Caller caller;
    private Set<PartnershipRole> roles = Set.of();

    void enter(String partnershipId, Caller caller) {
        this.partnershipId = partnershipId;
        this.caller = caller;
        this.roles = caller.rolesIn(partnershipId);
    }

    /** For consumers and jobs: act in a partnership as the platform itself (all roles of the partnership admin). */
    public void enterAsSystem(String partnershipId, String component) {
        this.partnershipId = partnershipId;
        this.caller = Caller.system(component);
        this.roles = Set.of(PartnershipRole.PARTNERSHIP_ADMIN);
    }

    public boolean active() {
        return partnershipId != null;
    }

    public String partnershipId() {
        if (partnershipId == null) {
            throw new IllegalStateException("no partnership in this context");
        }
        return partnershipId;
    }

    public Caller caller() {
        return caller;
    }

    public String actor() {
        return caller == null ? "anonymous" : caller.username();
    }

    public Set<PartnershipRole> roles() {
        return roles;
    }

    public boolean hasAny(PartnershipRole... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /**
     * The agency the caller is confined to in this partnership, or empty when the caller sees every agency.
     * A caller is confined when all its roles here are agency-scoped (relevant-agency, practitioner).
     */
    public Optional<String> agencyRestriction() {
        boolean confined = !roles.isEmpty() && roles.stream().allMatch(PartnershipRole::agencyScoped);
        if (!confined) {
            return Optional.empty();
        }
        // An agency-scoped role without an agency claim sees nothing rather than everything.
        return Optional.of(caller.agencyId().orElse("\u0000no-agency"));
    }

    /** True when the caller may see a record owned by the given agency. */
    public boolean canSeeAgency(String agency) {
        return agencyRestriction().map(a -> a.equals(agency)).orElse(true);
    }
}
