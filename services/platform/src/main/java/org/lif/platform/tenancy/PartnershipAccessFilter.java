package org.lif.platform.tenancy;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.lif.platform.problem.Problems;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/**
 * The one place that decides who may enter a partnership: for every path with a {@code partnershipId} parameter
 * it reads the caller from the token, answers 403 when the caller has no role in that partnership or no role the
 * endpoint allows ({@link AllowedRoles}), and otherwise fixes the {@link PartnershipContext} for the request.
 */
public class PartnershipAccessFilter {

    public static final String PARTNERSHIP_PARAM = "partnershipId";

    @Inject
    SecurityIdentity identity;
    @Inject
    CallerFromToken callerFromToken;
    @Inject
    PartnershipContext context;

    @ServerRequestFilter
    public void enterPartnership(ContainerRequestContext request, ResourceInfo resource) {
        String partnershipId = request.getUriInfo().getPathParameters().getFirst(PARTNERSHIP_PARAM);
        if (partnershipId == null) {
            return;
        }
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw Problems.unauthorized();
        }
        Caller caller = callerFromToken.read(token);
        Set<PartnershipRole> roles = caller.rolesIn(partnershipId);
        if (roles.isEmpty()) {
            throw Problems.forbidden("You have no role in partnership '" + partnershipId + "'.");
        }
        AllowedRoles allowed = allowedRoles(resource);
        if (allowed == null || Arrays.stream(allowed.value()).noneMatch(roles::contains)) {
            throw Problems.forbidden("Your role in partnership '" + partnershipId + "' does not allow this.");
        }
        context.enter(partnershipId, caller);
    }

    private static AllowedRoles allowedRoles(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(AllowedRoles.class)) {
            return method.getAnnotation(AllowedRoles.class);
        }
        Class<?> type = resource.getResourceClass();
        return type == null ? null : type.getAnnotation(AllowedRoles.class);
    }
}
