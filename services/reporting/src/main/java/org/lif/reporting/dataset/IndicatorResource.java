package org.lif.reporting.dataset;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.idempotency.Idempotent;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.platform.tenancy.PartnershipRole;
import org.lif.reporting.common.Tables;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/partnerships/{partnershipId}/indicators")
@Tag(name = "dataset")
@AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN, PartnershipRole.SAFEGUARDING_PARTNER, PartnershipRole.INDEPENDENT_CHAIR,
        PartnershipRole.RELEVANT_AGENCY})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class IndicatorResource {

    @Inject
    IndicatorService service;
    @Inject
    ValuesUpload upload;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Tables.CSV})
    @Operation(summary = "The indicator set of a reporting year, each with its latest value, trend and target gap",
            description = "Paged, by code; CSV (with ?format=csv or Accept: text/csv) holds the whole set. Relevant agencies see the "
                    + "indicators their agency owns.")
    @APIResponse(responseCode = "200", description = "The indicators", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorPage.class)),
            @Content(mediaType = Tables.CSV)})
    public Response list(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                         @QueryParam("year") @Parameter(description = "Reporting year (2025 = 2025/26)", required = true) Integer year,
                         @QueryParam("format") @Parameter(description = "csv for CSV") String format,
                         @Valid @BeanParam PageRequest page,
                         @Context HttpHeaders headers) {
        return Tables.pageOrCsv(year, format, headers, y -> IndicatorService.table(y, service.list(y)), y -> service.page(y, page));
    }

    /** The JSON shape of a page of indicators (for the API description). */
    public record IndicatorPage(List<IndicatorViews.Summary> items, int page, int size, long totalItems, int totalPages) {
    }

    @POST
    @AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN, PartnershipRole.SAFEGUARDING_PARTNER})
    @Transactional
    @Idempotent
    @Operation(summary = "Define an indicator in a reporting year's set")
    @APIResponse(responseCode = "201", description = "Defined", content = @Content(schema = @Schema(implementation = IndicatorViews.Detail.class)))
    public Response define(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                           @Valid @NotNull(message = "is required") IndicatorRequests.Define request, @Context UriInfo uri) {
        IndicatorViews.Detail d = service.define(request);
        return Response.created(uri.getAbsolutePathBuilder().path(d.id().toString()).build()).entity(d).build();
    }

    @GET
    @Path("/{indicatorId}")
    @Operation(summary = "An indicator with this year's quarterly values, trend quarter on quarter and year on year, target gap and comparison")
    public IndicatorViews.Detail get(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                                     @PathParam("indicatorId") @Parameter(description = "Indicator id") UUID indicatorId) {
        return service.detail(indicatorId);
    }

    @PUT
    @Path("/{indicatorId}")
    @AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN, PartnershipRole.SAFEGUARDING_PARTNER})
    @Operation(summary = "Change an indicator's definition (its year and code stay)")
    public IndicatorViews.Detail redefine(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                                          @PathParam("indicatorId") @Parameter(description = "Indicator id") UUID indicatorId,
                                          @Valid @NotNull(message = "is required") IndicatorRequests.Define request) {
        return service.redefine(indicatorId, request);
    }

    @PUT
    @Path("/{indicatorId}/values/{quarter}")
    @AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN, PartnershipRole.SAFEGUARDING_PARTNER, PartnershipRole.RELEVANT_AGENCY})
    @Operation(summary = "Submit (or correct) one quarter's value, with commentary and confidence",
            description = "Relevant agencies submit for the indicators their agency owns. Every submission is in the audit trail.")
    public IndicatorViews.Value submit(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                                       @PathParam("indicatorId") @Parameter(description = "Indicator id") UUID indicatorId,
                                       @PathParam("quarter") @Parameter(description = "Quarter of the reporting year, 1-4") int quarter,
                                       @Valid @NotNull(message = "is required") IndicatorRequests.Submit request) {
        return service.submit(indicatorId, quarter, request);
    }

    @POST
    @Path("/years/{year}/copy-from/{fromYear}")
    @AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN})
    @Operation(summary = "Refresh the set for a new reporting year: copy the definitions of an earlier year it does not have yet")
    public IndicatorRequests.Copied copy(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                                         @PathParam("year") @Parameter(description = "Reporting year to fill") int year,
                                         @PathParam("fromYear") @Parameter(description = "Reporting year to copy from") int fromYear) {
        return service.copy(year, fromYear);
    }

    @POST
    @Path("/years/{year}/values")
    @Consumes(Tables.CSV)
    @AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN, PartnershipRole.SAFEGUARDING_PARTNER, PartnershipRole.RELEVANT_AGENCY})
    @Operation(summary = "Upload quarterly values as CSV, all or nothing",
            description = "Columns: code,quarter,value,comparisonValue,confidence,commentary (header required). Every row is validated; "
                    + "any error answers 400 with one error per row and column (field 'row <line>.<column>') and nothing is stored.")
    @RequestBody(content = @Content(mediaType = Tables.CSV, schema = @Schema(type = SchemaType.STRING)))
    public IndicatorRequests.Uploaded upload(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                                             @PathParam("year") @Parameter(description = "Reporting year of the set") int year,
                                             String csv) {
        return upload.upload(year, csv);
    }
}
