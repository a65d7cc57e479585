package org.lif.platform.tenancy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class CallerFromTokenTest {

    /** Claims as quarkus-oidc presents them: JSON values. */
    record Token(Map<String, Object> claims) implements JsonWebToken {
        @Override
        public String getName() {
            return (String) claims.get("preferred_username");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }

    final CallerFromToken reader = new CallerFromToken();

    @Test
    void rolesPerPartnershipAgencyAndHostAdminComeFromTheKeycloakClaims() {
        Caller caller = reader.read(new Token(Map.of(
                "preferred_username", "hips-chair",
                "groups", Json.createArrayBuilder().add("/partnerships/southampton/independent-chair")
                        .add("/partnerships/portsmouth/independent-chair").add("/partnerships/portsmouth/practitioner")
                        .add("/some/other/group").add("/partnerships/southampton/unknown-role").build(),
                "agency", Json.createValue("youth-options"),
                "realm_access", Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("host-admin")).build())));
        assertEquals("hips-chair", caller.username());
        assertEquals(Set.of(PartnershipRole.INDEPENDENT_CHAIR), caller.rolesIn("southampton"));
        assertEquals(Set.of(PartnershipRole.INDEPENDENT_CHAIR, PartnershipRole.PRACTITIONER), caller.rolesIn("portsmouth"));
        assertEquals(Set.of(), caller.rolesIn("hampshire"));
        assertEquals(Optional.of("youth-options"), caller.agencyId());
        assertTrue(caller.hostAdmin());
    }

    @Test
    void aTokenWithoutGroupsHasNoPartnershipRoles() {
        Caller caller = reader.read(new Token(Map.of("preferred_username", "hips-host",
                "realm_access", Json.createObjectBuilder().add("roles", JsonValue.EMPTY_JSON_ARRAY).build())));
        assertTrue(caller.rolesByPartnership().isEmpty());
        assertFalse(caller.hostAdmin());
        assertTrue(caller.agencyId().isEmpty());
    }

    @Test
    void agencyScopedRolesAreConfinedToTheirAgency() {
        PartnershipContext context = new PartnershipContext();
        context.enter("southampton", new Caller("southampton-school", "bitterne-park-school", false,
                Map.of("southampton", Set.of(PartnershipRole.RELEVANT_AGENCY))));
        assertEquals(Optional.of("bitterne-park-school"), context.agencyRestriction());
        assertTrue(context.canSeeAgency("bitterne-park-school"));
        assertFalse(context.canSeeAgency("youth-options"));

        PartnershipContext police = new PartnershipContext();
        police.enter("southampton", new Caller("southampton-police", "hampshire-constabulary", false,
                Map.of("southampton", Set.of(PartnershipRole.SAFEGUARDING_PARTNER))));
        assertTrue(police.agencyRestriction().isEmpty(), "safeguarding partners see every agency");
        assertTrue(police.canSeeAgency("youth-options"));

        PartnershipContext noAgency = new PartnershipContext();
        noAgency.enter("southampton", new Caller("x", null, false, Map.of("southampton", Set.of(PartnershipRole.RELEVANT_AGENCY))));
        assertFalse(noAgency.canSeeAgency("youth-options"), "an agency role without an agency claim sees nothing");
    }
}
