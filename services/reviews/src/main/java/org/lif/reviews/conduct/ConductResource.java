package org.lif.reviews.conduct;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Carrying out an LCSPR or another commissioned review. */
@Path("/api/v1/partnerships/{partnershipId}/reviews/{reviewId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conducting a review")
public class ConductResource {

    @Inject
    ConductService conduct;
    @Inject
    ReviewViews views;

    @PUT
    @Transactional
    @Path("/reviewer")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Appoint the independent reviewer, with their declaration of independence from the case")
    public ReviewDetail appoint(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid ConductRequests.AppointReviewer request) {
        return views.detail(conduct.appointReviewer(reviewId, request));
    }

    @PUT
    @Transactional
    @Path("/terms-of-reference")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_REVIEWER})
    @Operation(summary = "Set the terms of reference and methodology")
    public ReviewDetail termsOfReference(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid ConductRequests.TermsOfReference request) {
        return views.detail(conduct.termsOfReference(reviewId, request));
    }

    @POST
    @Transactional
    @Path("/involvement")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_REVIEWER})
    @Operation(summary = "Log a practitioner's or family member's involvement, by role only: invited, took part or declined")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response involvement(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid ConductRequests.RecordInvolvement request) {
        return Response.status(201).entity(ConductViews.InvolvementView.of(conduct.recordInvolvement(reviewId, request))).build();
    }

    @GET
    @Path("/involvement")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, INDEPENDENT_REVIEWER})
    @Operation(summary = "The involvement log")
    public List<ConductViews.InvolvementView> involvementLog(@PathParam("reviewId") UUID reviewId) {
        return conduct.involvement(reviewId).stream().map(ConductViews.InvolvementView::of).toList();
    }

    @PUT
    @Transactional
    @Path("/draft-report")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_REVIEWER})
    @Operation(summary = "Record the draft report (metadata and document link)")
    public ReviewDetail draftReport(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid ConductRequests.Report request) {
        return views.detail(conduct.draftReport(reviewId, request));
    }

    @PUT
    @Transactional
    @Path("/final-report")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_REVIEWER})
    @Operation(summary = "Record the final report (metadata and document link)")
    public ReviewDetail finalReport(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid ConductRequests.Report request) {
        return views.detail(conduct.finalReport(reviewId, request));
    }

    @POST
    @Transactional
    @Path("/findings")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_REVIEWER})
    @Operation(summary = "Record a finding with its learning themes (a new theme is announced as LearningThemeIdentified)")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response finding(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid ConductRequests.RecordFinding request) {
        return Response.status(201).entity(ConductViews.FindingView.of(conduct.recordFinding(reviewId, request))).build();
    }

    @GET
    @Path("/findings")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, INDEPENDENT_REVIEWER, RELEVANT_AGENCY, PRACTITIONER})
    @Operation(summary = "Findings (everyone may read a published review's)")
    public List<ConductViews.FindingView> findings(@PathParam("reviewId") UUID reviewId) {
        return conduct.findings(reviewId).stream().map(ConductViews.FindingView::of).toList();
    }
}
