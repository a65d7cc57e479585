package org.lif.actionplans.plan;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.actionplans.action.ActionRequests;
import org.lif.actionplans.action.ActionService;
import org.lif.actionplans.action.ActionView;
import org.lif.actionplans.action.ActionViews;
import org.lif.actionplans.challenge.ChallengeService;
import org.lif.actionplans.challenge.ChallengeView;
import org.lif.contracts.SourceType;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.lif.platform.idempotency.Idempotent;
import org.lif.platform.idempotency.IdempotencyInterceptor;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.tenancy.AllowedRoles;

import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.INDEPENDENT_CHAIR;
import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.RELEVANT_AGENCY;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/** Action plans of a partnership, the actions in them and the chair's challenges. */
@Path("/api/v1/partnerships/{partnershipId}/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans")
public class ActionPlanResource {

    @Inject
    ActionPlanService plans;
    @Inject
    ActionService actions;
    @Inject
    ActionViews actionViews;
    @Inject
    ChallengeService challenges;
    @Context
    UriInfo uri;

    @POST
    @Transactional
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Open an action plan")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response create(@NotNull(message = "body is required") @Valid PlanRequests.CreatePlan request) {
        ActionPlan plan = plans.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id.toString()).build()).entity(PlanView.of(plan)).build();
    }

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, INDEPENDENT_CHAIR})
    @Operation(summary = "List plans, newest first (agency users: plans holding their agency's actions)")
    public PagedList<PlanView> list(@QueryParam("status") PlanStatus status, @QueryParam("sourceType") SourceType sourceType,
                                    @QueryParam("theme") String theme, @Valid @BeanParam PageRequest page) {
        PagedList<ActionPlan> found = plans.list(status, sourceType, theme, page);
        return new PagedList<>(found.items().stream().map(PlanView::of).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    @GET
    @Path("/{planId}")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, INDEPENDENT_CHAIR})
    @Operation(summary = "One plan with its actions and challenges")
    public PlanDetail get(@PathParam("planId") UUID planId) {
        ActionPlan plan = plans.visible(planId);
        return new PlanDetail(PlanView.of(plan), plans.actionsOf(plan).stream().map(actionViews::summary).toList(),
                challenges.of(plan).stream().map(ChallengeView::of).toList());
    }

    @POST
    @Transactional
    @Path("/{planId}/actions")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Add an action to the plan")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response addAction(@PathParam("planId") UUID planId, @NotNull(message = "body is required") @Valid ActionRequests.CreateAction request) {
        ActionView view = actionViews.created(actions.create(plans.visible(planId), request));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/partnerships/{p}/actions/{a}")
                .build(uri.getPathParameters().getFirst("partnershipId"), view.id())).entity(view).build();
    }

    @POST
    @Transactional
    @Path("/{planId}/close")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Close the plan with a closing summary (every action finished, every challenge answered)")
    public PlanView close(@PathParam("planId") UUID planId, @NotNull(message = "body is required") @Valid PlanRequests.ClosePlan request) {
        return PlanView.of(plans.close(planId, request));
    }

    @POST
    @Transactional
    @Path("/{planId}/challenges")
    @AllowedRoles({INDEPENDENT_CHAIR})
    @Operation(summary = "Independent chair: challenge the plan; the plan owner must answer")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response challenge(@PathParam("planId") UUID planId, @NotNull(message = "body is required") @Valid ChallengeService.RaiseChallenge request) {
        return Response.status(201).entity(ChallengeView.of(challenges.raise(plans.visible(planId), request))).build();
    }

    @POST
    @Transactional
    @Path("/{planId}/challenges/{challengeId}/response")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Answer the chair's challenge")
    public ChallengeView answer(@PathParam("planId") UUID planId, @PathParam("challengeId") UUID challengeId,
                                @NotNull(message = "body is required") @Valid ChallengeService.AnswerChallenge request) {
        return ChallengeView.of(challenges.answer(plans.visible(planId), challengeId, request));
    }
}
