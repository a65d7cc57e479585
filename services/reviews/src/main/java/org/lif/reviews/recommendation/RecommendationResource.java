package org.lif.reviews.recommendation;

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

import java.util.List;
import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.*;

/** A review's recommendations and the progress agencies made on them. */
@Path("/api/v1/partnerships/{partnershipId}/reviews/{reviewId}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class RecommendationResource {

    @Inject
    RecommendationService recommendations;

    @POST
    @Transactional
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_REVIEWER})
    @Operation(summary = "Draft a recommendation with its target agencies and themes (the reviewer only on their own review)")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response draft(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid RecommendationRequests.Draft request) {
        return Response.status(201).entity(recommendations.view(recommendations.draft(reviewId, request))).build();
    }

    @POST
    @Transactional
    @Path("/{recommendationId}/issue")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Issue a recommendation (after the final report): action-plans creates one action per target agency")
    public RecommendationView issue(@PathParam("reviewId") UUID reviewId, @PathParam("recommendationId") UUID recommendationId) {
        return recommendations.view(recommendations.issue(reviewId, recommendationId));
    }

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, INDEPENDENT_REVIEWER, RELEVANT_AGENCY, PRACTITIONER})
    @Operation(summary = "Recommendations with the progress of their actions (everyone may read a published review's)")
    public List<RecommendationView> list(@PathParam("reviewId") UUID reviewId) {
        return recommendations.list(reviewId).stream().map(recommendations::view).toList();
    }
}
