package org.lif.reviews.publication;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.reviews.review.ReviewDetail;
import org.lif.reviews.review.ReviewViews;

import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/** From final report to publication (or a decision not to publish). */
@Path("/api/v1/partnerships/{partnershipId}/reviews/{reviewId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Publication")
@AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
public class PublicationResource {

    @Inject
    PublicationService publication;
    @Inject
    ReviewViews views;

    @PUT
    @Transactional
    @Path("/partnership-response")
    @Operation(summary = "Record the partnership's response to the final report")
    public ReviewDetail respond(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid PublicationRequests.PartnershipResponse request) {
        return views.detail(publication.respond(reviewId, request));
    }

    @POST
    @Transactional
    @Path("/panel-notice")
    @Operation(summary = "Record that the final report went to the Panel and the Secretary of State, at least 7 working days (configurable) before the planned publication")
    public ReviewDetail notifyPanel(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid PublicationRequests.PanelNotice request) {
        return views.detail(publication.notifyPanel(reviewId, request));
    }

    @POST
    @Transactional
    @Path("/publication")
    @Operation(summary = "Record publication: date, URL and the date the report may come down (at least a year later)")
    public ReviewDetail publish(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid PublicationRequests.Publish request) {
        return views.detail(publication.publish(reviewId, request));
    }

    @POST
    @Transactional
    @Path("/non-publication")
    @Operation(summary = "Record a decision not to publish, with reasons")
    public ReviewDetail doNotPublish(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid PublicationRequests.DoNotPublish request) {
        return views.detail(publication.doNotPublish(reviewId, request));
    }
}
