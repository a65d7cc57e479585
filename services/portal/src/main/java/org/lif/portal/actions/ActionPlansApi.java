package org.lif.portal.actions;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import org.lif.portal.problem.ServiceRefusal;
import org.lif.portal.signin.AccessTokenForwarder;

import java.io.InputStream;

/**
 * The action-plans service's public API (docs/api/action-plans.yaml), the part the portal's action pages use, called
 * with the signed-in person's access token. Base URL: {@code lif.portal.services.action-plans.url}.
 */
@RegisterRestClient(configKey = "action-plans")
@RegisterProvider(AccessTokenForwarder.class)
@Path("/api/v1/partnerships/{partnershipId}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ActionPlansApi {

    @GET
    ActionModels.ActionPage list(@PathParam("partnershipId") String partnershipId,
                                 @QueryParam("status") String status, @QueryParam("rag") String rag,
                                 @QueryParam("ownerAgency") String ownerAgency, @QueryParam("overdue") Boolean overdue,
                                 @QueryParam("dueFrom") String dueFrom, @QueryParam("dueTo") String dueTo,
                                 @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/problem+json"})
    InputStream export(@PathParam("partnershipId") String partnershipId,
                       @QueryParam("status") String status, @QueryParam("rag") String rag,
                       @QueryParam("ownerAgency") String ownerAgency, @QueryParam("overdue") Boolean overdue,
                       @QueryParam("dueFrom") String dueFrom, @QueryParam("dueTo") String dueTo);

    @GET
    @Path("/{actionId}")
    ActionModels.Action get(@PathParam("partnershipId") String partnershipId, @PathParam("actionId") String actionId);

    @POST
    @Path("/{actionId}/sign-off")
    ActionModels.Action signOff(@PathParam("partnershipId") String partnershipId, @PathParam("actionId") String actionId,
                                ActionModels.SignOff decision);

    @PUT
    @Path("/{actionId}/due-date")
    ActionModels.Action changeDueDate(@PathParam("partnershipId") String partnershipId, @PathParam("actionId") String actionId,
                                      ActionModels.ChangeDueDate change);

    /** Every error answer becomes a {@link ServiceRefusal} carrying the service's problem. */
    @ClientExceptionMapper
    static RuntimeException refusal(Response response) {
        return response.getStatus() >= 400 ? ServiceRefusal.of(response) : null;
    }
}
