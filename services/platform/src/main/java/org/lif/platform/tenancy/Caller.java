package org.lif.platform.tenancy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the token says: a person or an agency's integration (service account).
 *
 * @param username         preferred_username (or client id of a service account)
 * @param agency           the agency the caller belongs to, if any
 * @param hostAdmin        holds the realm role {@code host-admin}
 * @param rolesByPartnership roles per partnership id
 */
public record Caller(String username, String agency, boolean hostAdmin, Map<String, Set<PartnershipRole>> rolesByPartnership) {

    public static final String SYSTEM = "system";

    public static Caller system(String name) {
        return new Caller(SYSTEM + ":" + name, null, false, Map.of());
    }

    public Set<PartnershipRole> rolesIn(String partnershipId) {
        return rolesByPartnership.getOrDefault(partnershipId, Set.of());
    }

    public Optional<String> agencyId() {
        return Optional.ofNullable(agency);
    }
}
