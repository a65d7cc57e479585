package org.lif.reviews.review;

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

import static org.lif.platform.tenancy.PartnershipRole.*;

/** Reviews of a partnership and where each stands. */
@Path("/api/v1/partnerships/{partnershipId}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class ReviewResource {

    @Inject
    ReviewService reviews;
    @Inject
    ReviewAccess access;
    @Inject
    ReviewViews views;
    @Context
    UriInfo uri;

    @POST
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Open a multi-agency case review, individual agency review, child death review learning or national review (rapid reviews start from a notification, LCSPRs from a rapid review's decision)")
    @Transactional
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response open(@NotNull(message = "body is required") @Valid ReviewRequests.OpenReview request) {
        Review r = reviews.open(request);
        return Response.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build()).entity(views.detail(r)).build();
    }

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, INDEPENDENT_REVIEWER, RELEVANT_AGENCY, PRACTITIONER})
    @Operation(summary = "Where every review stands: status, next statutory deadline, working days left, recommendation progress; soonest deadline first")
    public PagedList<ReviewSummary> list(@BeanParam ReviewFilter filter, @Valid @BeanParam PageRequest page) {
        PagedList<Review> found = reviews.list(filter, page);
        return new PagedList<>(found.items().stream().map(views::summary).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    @GET
    @Path("/{reviewId}")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, INDEPENDENT_REVIEWER, RELEVANT_AGENCY, PRACTITIONER})
    @Operation(summary = "One review, as much of it as the caller may see")
    public ReviewDetail get(@PathParam("reviewId") UUID reviewId) {
        return views.detail(access.visible(reviewId));
    }
}
