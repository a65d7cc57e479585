package org.lif.portal.signin;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Sends the signed-in person's own access token (from the authorization code flow) with every call to a service, so
 * that the services apply their own access rules to the person and record the person in their audit trails.
 * <p>
 * This is what Quarkus' {@code quarkus-rest-client-oidc-token-propagation} does; that extension cannot be resolved
 * from the Maven Central mirror LIF builds from (its parent pom {@code quarkus-rest-client-oidc-token-propagation-parent:3.33.2}
 * is missing there), and the filter it would give is these few lines. The token stays on the server: it travels in
 * the encrypted, HttpOnly session cookie and in this header to the services, never to the browser's JavaScript.
 */
@ApplicationScoped
public class AccessTokenForwarder implements ClientRequestFilter {

    @Inject
    SecurityIdentity identity;

    @Override
    public void filter(ClientRequestContext request) {
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
    }
}
