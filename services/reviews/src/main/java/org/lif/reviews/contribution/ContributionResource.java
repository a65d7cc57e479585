package org.lif.reviews.contribution;

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

/** Agencies' information requests and contributions (chronologies and summaries) on a review. */
@Path("/api/v1/partnerships/{partnershipId}/reviews/{reviewId}/information-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agency contributions")
public class ContributionResource {

    @Inject
    ContributionService contributions;

    @POST
    @Transactional
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Ask an agency for its chronology and summary, by a due date")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response request(@PathParam("reviewId") UUID reviewId,
                            @NotNull(message = "body is required") @Valid ContributionRequests.RequestInformation request) {
        return Response.status(201).entity(InformationRequestView.of(contributions.request(reviewId, request))).build();
    }

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, INDEPENDENT_REVIEWER, RELEVANT_AGENCY})
    @Operation(summary = "Information requests and contributions (an agency sees only its own)")
    public List<InformationRequestView> list(@PathParam("reviewId") UUID reviewId) {
        return contributions.list(reviewId).stream().map(InformationRequestView::of).toList();
    }

    @POST
    @Transactional
    @Path("/{requestId}/contribution")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY})
    @Operation(summary = "Submit the agency's chronology and summary (an agency only its own request)")
    public InformationRequestView contribute(@PathParam("reviewId") UUID reviewId, @PathParam("requestId") UUID requestId,
                                             @NotNull(message = "body is required") @Valid ContributionRequests.Contribute request) {
        return InformationRequestView.of(contributions.contribute(reviewId, requestId, request));
    }
}
