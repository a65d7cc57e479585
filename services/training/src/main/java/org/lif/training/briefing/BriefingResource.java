package org.lif.training.briefing;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.idempotency.IdempotencyInterceptor;
import org.lif.platform.idempotency.Idempotent;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.tenancy.AllowedRoles;

import java.util.List;
import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.INDEPENDENT_CHAIR;
import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.PRACTITIONER;
import static org.lif.platform.tenancy.PartnershipRole.RELEVANT_AGENCY;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/** Learning briefings and agencies' confirmations that they cascaded them. */
@Path("/api/v1/partnerships/{partnershipId}/briefings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Briefings")
public class BriefingResource {

    @Inject
    BriefingService briefings;
    @Context
    UriInfo uri;

    private BriefingView view(Briefing b) {
        return BriefingView.of(b, briefings.cascades(b));
    }

    @POST
    @Transactional
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Draft a briefing, linked to its source review or audit and themes")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response create(@NotNull(message = "body is required") @Valid BriefingRequests.CreateBriefing request) {
        Briefing b = briefings.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(b.id.toString()).build()).entity(view(b)).build();
    }

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, PRACTITIONER, INDEPENDENT_CHAIR})
    @Operation(summary = "List briefings, newest first (drafts: partnership team only)")
    public PagedList<BriefingView> list(@QueryParam("theme") String theme, @Valid @BeanParam PageRequest page) {
        PagedList<Briefing> found = briefings.list(theme, page);
        return new PagedList<>(found.items().stream().map(this::view).toList(), found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    @GET
    @Path("/{briefingId}")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, PRACTITIONER, INDEPENDENT_CHAIR})
    @Operation(summary = "One briefing with its cascade totals")
    public BriefingView get(@PathParam("briefingId") UUID id) {
        return view(briefings.visible(id));
    }

    @POST
    @Transactional
    @Path("/{briefingId}/publish")
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Publish the briefing to the partnership's agencies")
    public BriefingView publish(@PathParam("briefingId") UUID id) {
        return view(briefings.publish(id));
    }

    @POST
    @Transactional
    @Path("/{briefingId}/cascades")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY})
    @Operation(summary = "Confirm the briefing was cascaded to an agency's teams, with the number of staff reached")
    public Response cascade(@PathParam("briefingId") UUID id, @NotNull(message = "body is required") @Valid BriefingRequests.Cascade request) {
        return Response.status(201).entity(BriefingView.CascadeView.of(briefings.cascade(id, request))).build();
    }

    @GET
    @Path("/{briefingId}/cascades")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, INDEPENDENT_CHAIR})
    @Operation(summary = "The cascades recorded (agency leads: their own agency's)")
    public List<BriefingView.CascadeView> cascades(@PathParam("briefingId") UUID id) {
        return briefings.cascades(briefings.visible(id)).stream().map(BriefingView.CascadeView::of).toList();
    }
}
