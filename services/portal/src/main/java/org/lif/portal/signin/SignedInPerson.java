package org.lif.portal.signin;

import io.quarkus.oidc.IdToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person signed in to the portal, as their token describes them: their name and the partnerships they hold a
 * role in.
 * <p>
 * The rule is the services' own ({@code org.lif.platform.tenancy.CallerFromToken}: group paths
 * {@code /partnerships/<id>/<role>}, see docs/security.md), written again here because the portal cannot depend on
 * lif-platform without bringing in Hibernate, a datasource and Kafka. The portal uses it only to choose what to
 * show (which partnerships to offer); the services decide what the person may see and do, from the access token the
 * portal forwards. It reads the ID token of the code flow, which the realm's client scope {@code lif} gives the same
 * {@code groups} claim as the access token, and which Quarkus has verified.
 */
@RequestScoped
public class SignedInPerson {

    private static final Pattern GROUP = Pattern.compile("^/?partnerships/([a-z0-9][a-z0-9-]*)/([a-z-]+)$");
    private static final Set<String> ROLES = Set.of("partnership-admin", "safeguarding-partner", "relevant-agency",
            "independent-chair", "independent-reviewer", "practitioner");

    @Inject
    @IdToken
    JsonWebToken idToken;

    /** The person's name as the services record it in the audit trail. */
    public String name() {
        String name = idToken.getClaim("name");
        if (name == null || name.isBlank()) {
            name = idToken.getClaim("preferred_username");
        }
        return name == null ? "" : name;
    }

    /** Partnership id → the person's roles in it, in alphabetical order of partnership. */
    public Map<String, Set<String>> partnerships() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String group : strings(idToken.getClaim("groups"))) {
            Matcher m = GROUP.matcher(group);
            if (m.matches() && ROLES.contains(m.group(2))) {
                out.computeIfAbsent(m.group(1), p -> new TreeSet<>()).add(m.group(2));
            }
        }
        return out;
    }

    public boolean belongsTo(String partnershipId) {
        return partnerships().containsKey(partnershipId);
    }

    /** Whether the person holds one of these roles in the partnership: pages offer only what the services would allow. */
    public boolean hasRoleIn(String partnershipId, String... roles) {
        Set<String> held = partnerships().getOrDefault(partnershipId, Set.of());
        for (String role : roles) {
            if (held.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The person's agency id, if their role is agency-scoped. */
    public Optional<String> agency() {
        Object claim = idToken.getClaim("agency");
        String agency = claim instanceof JsonString js ? js.getString() : claim == null ? null : claim.toString();
        return agency == null || agency.isBlank() ? Optional.empty() : Optional.of(agency);
    }

    private static Set<String> strings(Object claim) {
        Set<String> out = new TreeSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    out.add(s.getString());
                }
            }
        } else if (claim instanceof Collection<?> c) {
            c.forEach(v -> out.add(v instanceof JsonString s ? s.getString() : String.valueOf(v)));
        } else if (claim instanceof JsonString s) {
            out.add(s.getString());
        } else if (claim instanceof String s) {
            out.add(s);
        }
        return out;
    }
}
