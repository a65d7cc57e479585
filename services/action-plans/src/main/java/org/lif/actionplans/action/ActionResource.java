package org.lif.actionplans.action;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.csv.CsvExport;
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

/** Actions across all plans of a partnership: list, export, progress, completion and sign-off. */
@Path("/api/v1/partnerships/{partnershipId}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actions")
public class ActionResource {

    /** Most rows one CSV export holds. */
    static final int EXPORT_LIMIT = 10_000;

    @Inject
    ActionService actions;
    @Inject
    ActionViews views;

    @PathParam("partnershipId")
    String partnershipId;

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, INDEPENDENT_CHAIR})
    @Operation(summary = "List actions (agency users: their agency's only), filtered and paged, ordered by due date")
    public PagedList<ActionView> list(@BeanParam ActionFilter filter, @Valid @BeanParam PageRequest page) {
        PagedList<Action> found = actions.list(filter, page);
        return new PagedList<>(found.items().stream().map(views::summary).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, INDEPENDENT_CHAIR})
    @Operation(summary = "The same list as CSV (same filters, not paged, at most 10,000 rows)")
    public Response export(@BeanParam ActionFilter filter) {
        var rows = actions.listAll(filter, EXPORT_LIMIT + 1);
        boolean truncated = rows.size() > EXPORT_LIMIT;
        String csv = CsvExport.write(ActionViews.CSV_HEADER,
                rows.stream().limit(EXPORT_LIMIT).map(views::summary).toList(), views::csvRow);
        return Response.ok(csv, "text/csv")
                .header("Content-Disposition", "attachment; filename=\"actions-" + partnershipId + ".csv\"")
                .header("X-Truncated", truncated) // more rows matched than one export holds: narrow the filters
                .build();
    }

    @GET
    @Path("/{actionId}")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, INDEPENDENT_CHAIR})
    @Operation(summary = "One action with its progress, evidence and due-date history")
    public ActionView get(@PathParam("actionId") UUID actionId) {
        return views.detail(actions.visible(actionId));
    }

    @POST
    @Transactional
    @Path("/{actionId}/progress")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY})
    @Operation(summary = "Record progress with evidence (a not-started action moves to in progress)")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response recordProgress(@PathParam("actionId") UUID actionId, @NotNull(message = "body is required") @Valid ActionRequests.RecordProgress request) {
        return Response.status(201).entity(views.detail(actions.recordProgress(actionId, request))).build();
    }

    @POST
    @Transactional
    @Path("/{actionId}/status")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY})
    @Operation(summary = "Set IN_PROGRESS (owner), or NOT_ACHIEVED / CANCELLED with a reason (partnership only)")
    public ActionView changeStatus(@PathParam("actionId") UUID actionId, @NotNull(message = "body is required") @Valid ActionRequests.ChangeStatus request) {
        return views.detail(actions.changeStatus(actionId, request));
    }

    @POST
    @Transactional
    @Path("/{actionId}/complete")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY})
    @Operation(summary = "Mark completed (needs evidence); the partnership then signs it off")
    public ActionView complete(@PathParam("actionId") UUID actionId, @NotNull(message = "body is required") @Valid ActionRequests.Complete request) {
        return views.detail(actions.complete(actionId, request));
    }

    @POST
    @Transactional
    @Path("/{actionId}/sign-off")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Approve a completion, or refuse it with a reason (the action goes back in progress)")
    public ActionView signOff(@PathParam("actionId") UUID actionId, @NotNull(message = "body is required") @Valid ActionRequests.SignOff request) {
        return views.detail(actions.signOff(actionId, request));
    }

    @POST
    @Transactional
    @Path("/{actionId}/reopen")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Reopen a completed, not-achieved or cancelled action, with a reason")
    public ActionView reopen(@PathParam("actionId") UUID actionId, @NotNull(message = "body is required") @Valid ActionRequests.Reopen request) {
        return views.detail(actions.reopen(actionId, request));
    }

    @PUT
    @Transactional
    @Path("/{actionId}/due-date")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Change the due date with a reason; the history is kept")
    public ActionView changeDueDate(@PathParam("actionId") UUID actionId, @NotNull(message = "body is required") @Valid ActionRequests.ChangeDueDate request) {
        return views.detail(actions.changeDueDate(actionId, request));
    }
}
