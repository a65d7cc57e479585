package org.lif.reviews.notification;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.lif.platform.idempotency.IdempotencyInterceptor;
import org.lif.platform.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.tenancy.AllowedRoles;

import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.INDEPENDENT_CHAIR;
import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/** Serious incident notifications to the national Panel. */
@Path("/api/v1/partnerships/{partnershipId}/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    @Inject
    NotificationService notifications;
    @Context
    UriInfo uri;

    @POST
    @Transactional
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Record a serious incident notification (children by pseudonym only); opens its rapid review. Late notifications are flagged, not refused")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response record(@NotNull(message = "body is required") @Valid NotificationRequests.RecordNotification request) {
        Notification n = notifications.record(request);
        return Response.created(uri.getAbsolutePathBuilder().path(n.id.toString()).build()).entity(notifications.view(n)).build();
    }

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR})
    @Operation(summary = "Notifications, most recent first")
    public PagedList<NotificationView> list(@Valid @BeanParam PageRequest page) {
        PagedList<Notification> found = notifications.list(page);
        return new PagedList<>(found.items().stream().map(notifications::view).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    @GET
    @Path("/{notificationId}")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR})
    @Operation(summary = "One notification")
    public NotificationView get(@PathParam("notificationId") UUID notificationId) {
        return notifications.view(notifications.get(notificationId));
    }
}
