package org.lif.platform.tenancy;

import java.util.Arrays;
import java.util.Optional;

/**
 * A role a person holds in one partnership, granted through the Keycloak group
 * {@code /partnerships/<partnershipId>/<role>} and carried in the token's {@code groups} claim.
 */
public enum PartnershipRole {
    PARTNERSHIP_ADMIN("partnership-admin", false),
    SAFEGUARDING_PARTNER("safeguarding-partner", false),
    RELEVANT_AGENCY("relevant-agency", true),
    INDEPENDENT_CHAIR("independent-chair", false),
    INDEPENDENT_REVIEWER("independent-reviewer", false),
    PRACTITIONER("practitioner", true);

    private final String tokenName;
    private final boolean agencyScoped;

    PartnershipRole(String tokenName, boolean agencyScoped) {
        this.tokenName = tokenName;
        this.agencyScoped = agencyScoped;
    }

    /** The name used in Keycloak groups and documentation, e.g. {@code partnership-admin}. */
    public String tokenName() {
        return tokenName;
    }

    /** Agency-scoped roles see only their own agency's records. */
    public boolean agencyScoped() {
        return agencyScoped;
    }

    public static Optional<PartnershipRole> fromTokenName(String name) {
        return Arrays.stream(values()).filter(r -> r.tokenName.equals(name)).findFirst();
    }
}
