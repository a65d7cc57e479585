package org.lif.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link Caller} from a Keycloak access token:
 * {@code groups} = ["/partnerships/southampton/partnership-admin", ...], {@code agency} = "bitterne-park-school",
 * {@code realm_access.roles} containing {@code host-admin}.
 */
@ApplicationScoped
public class CallerFromToken {

    public static final String HOST_ADMIN = "host-admin";
    private static final Pattern GROUP = Pattern.compile("^/?partnerships/([a-z0-9][a-z0-9-]*)/([a-z-]+)$");

    public Caller read(JsonWebToken token) {
        String username = token.getClaim("preferred_username");
        if (username == null) {
            username = token.getName();
        }
        if (username == null) {
            username = token.getSubject();
        }
        Map<String, Set<PartnershipRole>> roles = new HashMap<>();
        for (String group : stringsOf(token.getClaim("groups"))) {
            Matcher m = GROUP.matcher(group);
            if (m.matches()) {
                PartnershipRole.fromTokenName(m.group(2)).ifPresent(role ->
                        roles.computeIfAbsent(m.group(1), p -> EnumSet.noneOf(PartnershipRole.class)).add(role));
            }
        }
        Object agencyClaim = token.getClaim("agency");
        String agency = agencyClaim instanceof JsonString js ? js.getString() : agencyClaim == null ? null : agencyClaim.toString();
        boolean hostAdmin = false;
        Object realmAccess = token.getClaim("realm_access");
        if (realmAccess instanceof JsonObject ra && ra.get("roles") != null) {
            hostAdmin = stringsOf(ra.get("roles")).contains(HOST_ADMIN);
        }
        return new Caller(username, agency == null || agency.isBlank() ? null : agency, hostAdmin, Map.copyOf(roles));
    }

    private static Set<String> stringsOf(Object claim) {
        Set<String> out = new HashSet<>();
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
