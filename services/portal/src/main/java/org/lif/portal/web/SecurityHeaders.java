package org.lif.portal.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * Security headers on every answer of the portal, pages, assets and errors alike.
 * <p>
 * The Content-Security-Policy allows no inline script or style at all (govuk-frontend's own inline
 * {@code js-enabled} snippet is replaced by an external module), no framing ({@code frame-ancestors 'none'}), and
 * forms only to the portal itself and to Keycloak (a form sent after the session ended is redirected to the sign-in
 * page). Keycloak's origin is taken from {@code quarkus.oidc.auth-server-url}, so it is configured in one place.
 * Pages carry the person's data: they are never stored by the browser or a proxy ({@code no-store}); assets are.
 */
@ApplicationScoped
public class SecurityHeaders {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    void register(@Observes Filters filters) {
        String csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self' "
                + originOf(authServerUrl);
        filters.register(rc -> {
            var headers = rc.response().headers();
            headers.set("Content-Security-Policy", csp);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "same-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            if (!rc.normalizedPath().startsWith("/assets/")) {
                headers.set("Cache-Control", "no-store");
            }
            rc.next();
        }, 100);
    }

    static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
