package org.lif.reporting.priorities;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.platform.tenancy.PartnershipRole;
import org.lif.reporting.common.Tables;

import java.util.List;

@Path("/api/v1/partnerships/{partnershipId}/priorities")
@Tag(name = "priorities")
@AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN, PartnershipRole.SAFEGUARDING_PARTNER, PartnershipRole.INDEPENDENT_CHAIR})
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class PriorityResource {

    @Inject
    PriorityService service;

    public record PriorityRequest(@NotNull(message = "is required") Priority.Decision decision,
                                  @NotBlank(message = "is required") @Size(max = 4000, message = "at most 4000 characters") String rationale) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Tables.CSV})
    @Operation(summary = "The priorities of a reporting year, with the evidence counted per theme",
            description = "Evidence: reviews, audits, actions, people trained and briefings linked to the theme within the reporting year. "
                    + "Paged, by theme; CSV (with ?format=csv or Accept: text/csv) holds every priority of the year.")
    @APIResponse(responseCode = "200", description = "The priorities", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PriorityPage.class)),
            @Content(mediaType = Tables.CSV)})
    public Response list(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                         @QueryParam("year") @Parameter(description = "Reporting year (2025 = 2025/26)", required = true) Integer year,
                         @QueryParam("format") @Parameter(description = "csv for CSV") String format,
                         @Valid @BeanParam PageRequest page,
                         @Context HttpHeaders headers) {
        return Tables.pageOrCsv(year, format, headers, y -> PriorityService.table(y, service.list(y)), y -> service.page(y, page));
    }

    /** The JSON shape of a page of priorities (for the API description). */
    public record PriorityPage(List<PriorityView> items, int page, int size, long totalItems, int totalPages) {
    }

    @PUT
    @Path("/{year}/{theme}")
    @AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN, PartnershipRole.SAFEGUARDING_PARTNER})
    @Operation(summary = "Record whether a theme must be Created, Stabilised or Changed in a reporting year, and why")
    public PriorityView record(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                               @PathParam("year") @Parameter(description = "Reporting year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") int year,
                               @PathParam("theme") @Parameter(description = "Learning theme, e.g. neglect") String theme,
                               @Valid @NotNull(message = "is required") PriorityRequest request) {
        return service.record(year, theme, request);
    }
}
