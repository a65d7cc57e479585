package org.lif.reviews.impact;

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

/** Evidencing the impact of a review's learning. */
@Path("/api/v1/partnerships/{partnershipId}/reviews/{reviewId}/impact-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evidencing impact")
public class ImpactResource {

    @Inject
    ImpactService impact;

    @POST
    @Transactional
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Plan an evidencing-impact event 12 to 24 months (configurable) after publication")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response plan(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid ImpactRequests.PlanEvent request) {
        return Response.status(201).entity(ImpactEventView.of(impact.plan(reviewId, request))).build();
    }

    @POST
    @Transactional
    @Path("/{eventId}/outcome")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Record that the event was held and what it found")
    public ImpactEventView record(@PathParam("reviewId") UUID reviewId, @PathParam("eventId") UUID eventId,
                                  @NotNull(message = "body is required") @Valid ImpactRequests.RecordEvent request) {
        return ImpactEventView.of(impact.record(reviewId, eventId, request));
    }

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, INDEPENDENT_REVIEWER, RELEVANT_AGENCY, PRACTITIONER})
    @Operation(summary = "Evidencing-impact events (everyone may read a published review's)")
    public List<ImpactEventView> list(@PathParam("reviewId") UUID reviewId) {
        return impact.list(reviewId).stream().map(ImpactEventView::of).toList();
    }
}
