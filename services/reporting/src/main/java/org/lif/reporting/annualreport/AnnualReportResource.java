package org.lif.reporting.annualreport;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.idempotency.Idempotent;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.platform.tenancy.PartnershipRole;

import java.util.UUID;

@Path("/api/v1/partnerships/{partnershipId}/annual-reports")
@Tag(name = "annual reports")
@AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN, PartnershipRole.SAFEGUARDING_PARTNER, PartnershipRole.INDEPENDENT_CHAIR,
        PartnershipRole.RELEVANT_AGENCY})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class AnnualReportResource {

    static final String PDF = "application/pdf";

    @Inject
    AnnualReportService service;
    @Inject
    ReportPdf pdf;

    @GET
    @Operation(summary = "Yearly reports, newest first", description = "Relevant agencies see published reports only.")
    public PagedList<ReportViews.Summary> list(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                                               @QueryParam("year") @Parameter(description = "Only this reporting year") Integer year,
                                               @Valid @BeanParam PageRequest page) {
        return service.list(year, page);
    }

    @POST
    @AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN})
    @Transactional
    @Idempotent
    @Operation(summary = "Start a yearly report (next version of the year), assembled from the data",
            description = "409 while the year already has a draft.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ReportViews.Report.class)))
    public Response create(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                           @Valid @NotNull(message = "is required") ReportViews.Create request, @Context UriInfo uri) {
        ReportViews.Report r = service.create(request.year());
        return Response.created(uri.getAbsolutePathBuilder().path(r.id().toString()).build()).entity(r).build();
    }

    @GET
    @Path("/{reportId}")
    @Operation(summary = "A yearly report with its sections, figures, flags and narrative (the JSON export)")
    public ReportViews.Report get(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                                  @PathParam("reportId") @Parameter(description = "Report id") UUID reportId) {
        return service.get(reportId);
    }

    @GET
    @Path("/{reportId}/pdf")
    @Produces(PDF)
    @Operation(summary = "The yearly report as a formatted PDF with charts")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportPdf(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                              @PathParam("reportId") @Parameter(description = "Report id") UUID reportId) {
        ReportViews.Report r = service.get(reportId);
        return Response.ok(pdf.render(r), PDF)
                .header("Content-Disposition", "attachment; filename=\"yearly-report-" + r.year() + "-v" + r.version() + ".pdf\"").build();
    }

    @POST
    @Path("/{reportId}/assemble")
    @AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN})
    @Operation(summary = "Assemble a draft's figures and flags again from today's data (the narrative stays)", description = "409 unless a draft.")
    public ReportViews.Report reassemble(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                                         @PathParam("reportId") @Parameter(description = "Report id") UUID reportId) {
        return service.reassemble(reportId);
    }

    @PUT
    @Path("/{reportId}/sections/{sectionKey}")
    @AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN, PartnershipRole.SAFEGUARDING_PARTNER, PartnershipRole.INDEPENDENT_CHAIR})
    @Operation(summary = "Write a section's narrative", description = "409 once the report is finalised. Every edit is in the audit trail.")
    public ReportViews.SectionView editNarrative(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                                                 @PathParam("reportId") @Parameter(description = "Report id") UUID reportId,
                                                 @PathParam("sectionKey") @Parameter(description = "Section key, e.g. activity") String sectionKey,
                                                 @Valid @NotNull(message = "is required") ReportViews.Narrative request) {
        return service.editNarrative(reportId, sectionKey, request.narrative());
    }

    @POST
    @Path("/{reportId}/finalise")
    @AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN})
    @Operation(summary = "Finalise a draft: from now on this version cannot change")
    public ReportViews.Report finalise(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                                       @PathParam("reportId") @Parameter(description = "Report id") UUID reportId) {
        return service.finalise(reportId);
    }

    @POST
    @Path("/{reportId}/publish")
    @AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN})
    @Operation(summary = "Publish a finalised report to the partnership's relevant agencies")
    public ReportViews.Report publish(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                                      @PathParam("reportId") @Parameter(description = "Report id") UUID reportId) {
        return service.publish(reportId);
    }
}
