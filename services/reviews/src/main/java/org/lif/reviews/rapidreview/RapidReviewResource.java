package org.lif.reviews.rapidreview;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.lif.platform.idempotency.IdempotencyInterceptor;
import org.lif.platform.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.reviews.review.ReviewDetail;
import org.lif.reviews.review.ReviewViews;

import java.util.List;
import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.*;

/** The steps of a rapid review. */
@Path("/api/v1/partnerships/{partnershipId}/reviews/{reviewId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rapid reviews")
public class RapidReviewResource {

    @Inject
    RapidReviewService rapidReviews;
    @Inject
    ReviewViews views;

    @POST
    @Transactional
    @Path("/meeting")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Record the rapid review meeting")
    public ReviewDetail meeting(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid RapidReviewRequests.RecordMeeting request) {
        return views.detail(rapidReviews.recordMeeting(reviewId, request));
    }

    @POST
    @Transactional
    @Path("/outcome")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Record the outcome: immediate learning, immediate actions (issued as recommendations) and the decision with reasons")
    public ReviewDetail outcome(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid RapidReviewRequests.RecordOutcome request) {
        return views.detail(rapidReviews.recordOutcome(reviewId, request));
    }

    @POST
    @Transactional
    @Path("/sign-offs")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Record one safeguarding partner's sign-off (local authority, police, health)")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response signOff(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid RapidReviewRequests.SignOff request) {
        return Response.status(201).entity(SignOffView.of(rapidReviews.signOff(reviewId, request))).build();
    }

    @GET
    @Path("/sign-offs")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR})
    @Operation(summary = "The partners' sign-offs")
    public List<SignOffView> signOffs(@PathParam("reviewId") UUID reviewId) {
        return rapidReviews.signOffs(reviewId).stream().map(SignOffView::of).toList();
    }

    @POST
    @Transactional
    @Path("/panel-submission")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Send the signed-off rapid review to the national Panel; opens the decided review")
    public ReviewDetail submit(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid RapidReviewRequests.SubmitToPanel request) {
        return views.detail(rapidReviews.submitToPanel(reviewId, request));
    }

    @POST
    @Transactional
    @Path("/panel-response")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Record the national Panel's response")
    public ReviewDetail panelResponse(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid RapidReviewRequests.PanelResponse request) {
        return views.detail(rapidReviews.recordPanelResponse(reviewId, request));
    }
}
