package org.lif.audits.audit;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.time.Today;
import org.lif.audits.recommendation.RecommendationRequest;
import org.lif.audits.recommendation.RecommendationView;
import org.lif.audits.recommendation.Recommendations;
import org.lif.platform.idempotency.IdempotencyInterceptor;
import org.lif.platform.idempotency.Idempotent;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.tenancy.AllowedRoles;

import java.util.List;
import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.*;

/** The audit programme and its audits: plan, conduct (returns, consultation, discussion, findings), report, close. */
@Path("/api/v1/partnerships/{partnershipId}/audits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audits")
public class AuditResource {

    static final String IDEMPOTENCY = "Optional. A retry with the same key and request returns the first answer instead of creating again.";

    @Inject
    AuditService audits;
    @Inject
    Recommendations recommendations;
    @Inject
    Today today;

    @POST
    @Transactional
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Put an audit on the programme (a single-agency one is a request to its agency); publishes AuditPlanned")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false, description = IDEMPOTENCY)
    public Response plan(@NotNull(message = "body is required") @Valid AuditRequests.Plan request) {
        return Response.status(201).entity(audits.detail(audits.plan(request).id)).build();
    }

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "Audits by year and planned start (an agency: those it takes part in, its own, and closed ones)")
    public PagedList<AuditViews.Summary> list(@QueryParam("year") Integer year, @QueryParam("status") AuditStatus status,
                                              @QueryParam("type") AuditType type, @Valid @BeanParam PageRequest page) {
        return audits.list(year, status, type, page);
    }

    @GET
    @Path("/programme")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR})
    @Operation(summary = "The year's programme: what was done against the plan (defaults to this year)")
    public AuditViews.Programme programme(@QueryParam("year") Integer year) {
        return audits.programme(year == null ? today.date().getYear() : year);
    }

    @GET
    @Path("/overdue-returns")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "Agencies' returns past their due date and not submitted (an agency: its own)")
    public List<AuditViews.OverdueReturn> overdueReturns() {
        return audits.overdueReturns();
    }

    @POST
    @Transactional
    @Path("/single-agency")
    @AllowedRoles({RELEVANT_AGENCY, SAFEGUARDING_PARTNER})
    @Operation(summary = "An agency shares the summary and outcomes of a single-agency audit it ran; publishes AuditCompleted")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false, description = IDEMPOTENCY)
    public Response shareOwn(@NotNull(message = "body is required") @Valid AuditRequests.ShareOwn request) {
        return Response.status(201).entity(audits.detail(audits.shareOwn(request).id)).build();
    }

    @GET
    @Path("/{auditId}")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "One audit with its returns' status, findings and recommendations")
    public AuditViews.Detail get(@PathParam("auditId") UUID auditId) {
        return audits.detail(auditId);
    }

    @PUT
    @Transactional
    @Path("/{auditId}/plan")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Change the plan (title, themes, subgroup, dates, lead); publishes AuditPlanned again")
    public AuditViews.Detail replan(@PathParam("auditId") UUID auditId, @NotNull(message = "body is required") @Valid AuditRequests.Replan request) {
        return audits.detail(audits.replan(auditId, request).id);
    }

    @POST
    @Transactional
    @Path("/{auditId}/start")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Start a multi-agency audit: tool, participating agencies, case sample (pseudonymised references), returns due date")
    public AuditViews.Detail start(@PathParam("auditId") UUID auditId, @NotNull(message = "body is required") @Valid AuditRequests.Start request) {
        return audits.detail(audits.start(auditId, request).id);
    }

    @POST
    @Transactional
    @Path("/{auditId}/cancel")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Cancel a planned, requested or running audit, with the reason")
    public AuditViews.Detail cancel(@PathParam("auditId") UUID auditId, @NotNull(message = "body is required") @Valid AuditRequests.Cancel request) {
        return audits.detail(audits.cancel(auditId, request).id);
    }

    @GET
    @Path("/{auditId}/returns")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "Agencies' returns: all for the partnership and the chair; an agency its own, and all once the audit is closed")
    public List<AuditViews.Return> returns(@PathParam("auditId") UUID auditId) {
        return audits.returns(auditId).stream().map(AuditViews.Return::of).toList();
    }

    @GET
    @Path("/{auditId}/returns/mine")
    @AllowedRoles({RELEVANT_AGENCY, SAFEGUARDING_PARTNER})
    @Operation(summary = "The caller's agency's return")
    public AuditViews.Return myReturn(@PathParam("auditId") UUID auditId) {
        return AuditViews.Return.of(audits.myReturn(auditId));
    }

    @PUT
    @Transactional
    @Path("/{auditId}/returns/mine")
    @AllowedRoles({RELEVANT_AGENCY, SAFEGUARDING_PARTNER})
    @Operation(summary = "Save the caller's agency's return as a draft: answers per question (and case) graded on the tool's scale")
    public AuditViews.Return saveReturn(@PathParam("auditId") UUID auditId, @NotNull(message = "body is required") @Valid AuditRequests.SaveReturn request) {
        return AuditViews.Return.of(audits.saveReturn(auditId, request));
    }

    @POST
    @Transactional
    @Path("/{auditId}/returns/mine/submit")
    @AllowedRoles({RELEVANT_AGENCY, SAFEGUARDING_PARTNER})
    @Operation(summary = "Submit the caller's agency's return (once)")
    public AuditViews.Return submitReturn(@PathParam("auditId") UUID auditId) {
        return AuditViews.Return.of(audits.submitReturn(auditId));
    }

    @PUT
    @Transactional
    @Path("/{auditId}/consultation")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Record the voice of the child and the practitioner/family consultation (no names)")
    public AuditViews.Detail consultation(@PathParam("auditId") UUID auditId, @NotNull(message = "body is required") @Valid AuditRequests.Consultation request) {
        return audits.detail(audits.consultation(auditId, request).id);
    }

    @PUT
    @Transactional
    @Path("/{auditId}/discussion")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Record the multi-agency discussion of the returns")
    public AuditViews.Detail discussion(@PathParam("auditId") UUID auditId, @NotNull(message = "body is required") @Valid AuditRequests.Discussion request) {
        return audits.detail(audits.discussion(auditId, request).id);
    }

    @POST
    @Transactional
    @Path("/{auditId}/findings")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Add a finding (good practice or area for improvement) with its learning themes")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false, description = IDEMPOTENCY)
    public Response addFinding(@PathParam("auditId") UUID auditId, @NotNull(message = "body is required") @Valid AuditRequests.AddFinding request) {
        return Response.status(201).entity(AuditViews.Finding.of(audits.addFinding(auditId, request))).build();
    }

    @POST
    @Transactional
    @Path("/{auditId}/recommendations")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Issue a recommendation: published as RecommendationIssued (source AUDIT) so action-plans creates the actions")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false, description = IDEMPOTENCY)
    public Response recommend(@PathParam("auditId") UUID auditId, @NotNull(message = "body is required") @Valid RecommendationRequest request) {
        return Response.status(201).entity(audits.recommend(auditId, request)).build();
    }

    @GET
    @Path("/{auditId}/recommendations")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "The audit's recommendations with the progress of their actions in action-plans")
    public List<RecommendationView> recommendations(@PathParam("auditId") UUID auditId) {
        return recommendations.of(audits.visible(auditId).id);
    }

    @POST
    @Transactional
    @Path("/{auditId}/report")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Record the report to the subgroup (needs findings and the multi-agency discussion)")
    public AuditViews.Detail report(@PathParam("auditId") UUID auditId, @NotNull(message = "body is required") @Valid AuditRequests.Report request) {
        return audits.detail(audits.report(auditId, request).id);
    }

    @POST
    @Transactional
    @Path("/{auditId}/close")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Close a reported audit: its returns become visible to the agencies that took part; publishes AuditCompleted")
    public AuditViews.Detail close(@PathParam("auditId") UUID auditId) {
        return audits.detail(audits.close(auditId).id);
    }

    @POST
    @Transactional
    @Path("/{auditId}/share")
    @AllowedRoles({RELEVANT_AGENCY, SAFEGUARDING_PARTNER})
    @Operation(summary = "The agency shares the summary and outcomes of a single-agency audit the partnership requested; publishes AuditCompleted")
    public AuditViews.Detail share(@PathParam("auditId") UUID auditId, @NotNull(message = "body is required") @Valid AuditRequests.Share request) {
        return audits.detail(audits.share(auditId, request).id);
    }
}
