package org.lif.testkit;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real RS256-signed access tokens shaped like the ones Keycloak's {@code lif} realm issues
 * ({@code groups} with full paths, {@code agency}, {@code realm_access.roles}). The service under test validates
 * their signature, issuer and expiry with the public key this class hands it.
 * <pre>
 *   String token = TestTokens.user("southampton-school").role("southampton", "relevant-agency")
 *                            .agency("bitterne-park-school").token();
 * </pre>
 */
public final class TestTokens {

    public static final String ISSUER = "https://lif.test/realms/lif";
    /** The audience LIF services require (Keycloak's client scope lif adds it to every token of the realm's LIF clients). */
    public static final String AUDIENCE = "lif-services";
    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    /**
     * The OIDC configuration a service needs to trust these tokens without an OIDC server (public key, issuer,
     * client id), as Quarkus properties; also usable as environment variables for a service started as a process.
     */
    public static Map<String, String> oidcConfig() {
        return Map.of(
                "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                "quarkus.oidc.token.issuer", ISSUER,
                "quarkus.oidc.client-id", "lif-services");
    }

    public static Builder user(String username) {
        return new Builder(username);
    }

    /** A token signed with a key the service does not trust. */
    public static String forgedToken(String username, String partnership, String role) {
        KeyPair other = generate();
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(username).claim("preferred_username", username)
                .groups("/partnerships/" + partnership + "/" + role).expiresIn(600).jws().keyId("forged").sign(other.getPrivate());
    }

    public static final class Builder {
        private final String username;
        private final List<String> groups = new ArrayList<>();
        private final List<String> realmRoles = new ArrayList<>();
        private String agency;
        private long expiresIn = 3600;
        private String audience = AUDIENCE;

        private Builder(String username) {
            this.username = username;
        }

        public Builder role(String partnership, String role) {
            groups.add("/partnerships/" + partnership + "/" + role);
            return this;
        }

        public Builder agency(String agency) {
            this.agency = agency;
            return this;
        }

        public Builder realmRole(String role) {
            realmRoles.add(role);
            return this;
        }

        /** A token issued for another audience (another application of the same realm). */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Builder expired() {
            this.expiresIn = -600;
            return this;
        }

        public String token() {
            long now = System.currentTimeMillis() / 1000;
            JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                    .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                    .claim("preferred_username", username)
                    .audience(audience)
                    .claim("typ", "Bearer")
                    .issuedAt(expiresIn < 0 ? now - 1200 : now)
                    .expiresAt(now + expiresIn)
                    .claim("realm_access", Map.of("roles", realmRoles));
            if (!groups.isEmpty()) {
                claims.claim("groups", groups);
            }
            if (agency != null) {
                claims.claim("agency", agency);
            }
            return claims.jws().keyId("lif-test").sign(KEYS.getPrivate());
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
