package org.lif.reviews.challenge;

import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.problem.Problems;
import org.lif.platform.scrutiny.ChallengeStatus;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;
import org.lif.reviews.review.Review;
import org.lif.reviews.review.ReviewAccess;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.*;

/** The independent chair's challenges on a review. */
@Path("/api/v1/partnerships/{partnershipId}/reviews/{reviewId}/challenges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scrutiny")
public class ChallengeResource {

    public record RaiseChallenge(
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String text) {
    }

    public record AnswerChallenge(
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String answer) {
    }

    public record ChallengeView(UUID id, String text, String raisedBy, OffsetDateTime raisedAt, ChallengeStatus status,
                                String answer, String answeredBy, OffsetDateTime answeredAt) {
        static ChallengeView of(Challenge c) {
            return new ChallengeView(c.id, c.text, c.raisedBy, c.raisedAt, c.response.status, c.response.answer, c.response.answeredBy,
                    c.response.answeredAt);
        }
    }

    @Inject
    ReviewAccess access;
    @Inject
    Today today;
    @Inject
    PartnershipContext context;
    @Inject
    AuditTrail audit;

    @POST
    @Transactional
    @AllowedRoles({INDEPENDENT_CHAIR})
    @Operation(summary = "Independent chair: record a challenge on the review")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response raise(@PathParam("reviewId") UUID reviewId, @NotNull(message = "body is required") @Valid RaiseChallenge request) {
        Review r = access.fullyVisible(reviewId);
        Challenge c = new Challenge();
        c.id = UUID.randomUUID();
        c.reviewId = r.id;
        c.text = request.text();
        c.raisedBy = context.actor();
        c.raisedAt = today.now();
        c.persist();
        audit.record("review", r.id, "CHALLENGED", r.status, r.status, request.text());
        return Response.status(201).entity(ChallengeView.of(c)).build();
    }

    @POST
    @Path("/{challengeId}/response")
    @Transactional
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Answer the chair's challenge (once)")
    public ChallengeView answer(@PathParam("reviewId") UUID reviewId, @PathParam("challengeId") UUID challengeId,
                                @NotNull(message = "body is required") @Valid AnswerChallenge request) {
        Review r = access.fullyVisible(reviewId);
        Challenge c = Challenge.findById(challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.reviewId.equals(r.id)) {
            throw Problems.notFound("Challenge", challengeId);
        }
        c.response.give(request.answer(), context.actor(), today.now());
        audit.record("challenge", c.id, "ANSWERED", ChallengeStatus.OPEN, ChallengeStatus.ANSWERED, "on review " + r.id);
        return ChallengeView.of(c);
    }

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR})
    @Operation(summary = "The chair's challenges on the review, with the partnership's answers")
    public List<ChallengeView> list(@PathParam("reviewId") UUID reviewId) {
        Review r = access.fullyVisible(reviewId);
        return Challenge.<Challenge>list("reviewId", Sort.by("raisedAt").and("id"), r.id).stream().map(ChallengeView::of).toList();
    }
}
