package org.lif.platform.tenancy;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.lif.platform.problem.Problems;

import java.lang.reflect.Method;

/**
 * The one place that decides who may call a host-level endpoint: every path under {@value #HOST_PATH} (and every
 * endpoint marked {@link HostAdminOnly}) needs a token with the realm role {@code host-admin}; a host path whose
 * endpoint is not marked is closed (403). Partnership roles give no host access, and host-admin gives no partnership
 * access ({@link PartnershipAccessFilter} wants a role in the partnership).
 */
public class HostAccessFilter {

    public static final String HOST_PATH = "/api/v1/host";

    @Inject
    SecurityIdentity identity;
    @Inject
    CallerFromToken callerFromToken;

    @ServerRequestFilter
    public void enterHost(ContainerRequestContext request, ResourceInfo resource) {
        boolean marked = hostAdminOnly(resource);
        if (!marked && !isHostPath(request.getUriInfo().getPath())) {
            return;
        }
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw Problems.unauthorized();
        }
        requireHostAccess(marked, callerFromToken.read(token));
    }

    /** True for {@value #HOST_PATH} and everything under it (with or without the leading slash). */
    public static boolean isHostPath(String path) {
        if (path == null) {
            return false;
        }
        String p = path.startsWith("/") ? path : "/" + path;
        return p.equals(HOST_PATH) || p.startsWith(HOST_PATH + "/");
    }

    /** Throws 403 unless the endpoint is marked {@link HostAdminOnly} and the caller is a host administrator. */
    public static void requireHostAccess(boolean endpointMarked, Caller caller) {
        if (!endpointMarked) {
            throw Problems.forbidden("This host endpoint is not open to anyone.");
        }
        if (!caller.hostAdmin()) {
            throw Problems.forbidden("Host endpoints need the role host-admin.");
        }
    }

    private static boolean hostAdminOnly(ResourceInfo resource) {
        if (resource == null) {
            return false;
        }
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(HostAdminOnly.class)) {
            return true;
        }
        Class<?> type = resource.getResourceClass();
        return type != null && type.isAnnotationPresent(HostAdminOnly.class);
    }
}
