package org.lif.reporting.dashboard;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.tenancy.PartnershipRole;
import org.lif.platform.time.Today;
import org.lif.reporting.common.Period;
import org.lif.reporting.common.Table;
import org.lif.reporting.common.Tables;
import org.lif.reporting.readmodel.ReadModel;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/partnerships/{partnershipId}/dashboard")
@Tag(name = "dashboard")
@AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN, PartnershipRole.SAFEGUARDING_PARTNER, PartnershipRole.INDEPENDENT_CHAIR,
        PartnershipRole.RELEVANT_AGENCY})
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class DashboardResource {

    @Inject
    DashboardService service;
    @Inject
    Today today;
    @Inject
    DashboardCache dashboards;
    @Inject
    PartnershipContext context;

    /**
     * @param partnershipId the partnership
     * @param agency        set when the figures are confined to the caller's agency (relevant agencies)
     * @param tables        the figures
     */
    public record Dashboard(String partnershipId, LocalDate from, LocalDate to, String theme, LocalDate asOf, String agency,
                            List<Table> tables) {
    }

    @GET
    @Operation(summary = "The partnership's dashboard", description = "Every table of figures the caller may see, counted from the read "
            + "model: reviews by stage and statutory timeliness, recommendations and actions (status, RAG, owner agency, overdue ageing), "
            + "audits against the programme, Section 11 ratings, schools returns, training reach, evaluation and impact. Relevant "
            + "agencies get only the tables about their own agency's records. Each table is also available alone, as JSON or CSV.")
    public Dashboard dashboard(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                               @QueryParam("from") @Parameter(description = "First day of the period (ISO date)") LocalDate from,
                               @QueryParam("to") @Parameter(description = "Last day of the period (ISO date)") LocalDate to,
                               @QueryParam("theme") @Parameter(description = "Only what is linked to this learning theme") String theme) {
        DashboardFilter f = filter(from, to, theme);
        return new Dashboard(partnershipId, from, to, f.theme(), f.today(), context.agencyRestriction().orElse(null), dashboards.tables(f));
    }

    @GET
    @Path("/{table}")
    @Produces({MediaType.APPLICATION_JSON, Tables.CSV})
    @Operation(summary = "One table of the dashboard, as JSON or CSV", description = "CSV with ?format=csv or Accept: text/csv.")
    public Response table(@PathParam("partnershipId") @Parameter(description = "Partnership id") String partnershipId,
                          @PathParam("table") @Parameter(description = "Table name, e.g. actions-by-status") String table,
                          @QueryParam("from") @Parameter(description = "First day of the period (ISO date)") LocalDate from,
                          @QueryParam("to") @Parameter(description = "Last day of the period (ISO date)") LocalDate to,
                          @QueryParam("theme") @Parameter(description = "Only what is linked to this learning theme") String theme,
                          @QueryParam("format") @Parameter(description = "csv for CSV") String format,
                          @Context HttpHeaders headers) {
        Table t = service.table(table, filter(from, to, theme)).orElseThrow(() -> Problems.notFound("Dashboard table", table));
        return Tables.respond(t, t, format, headers);
    }

    private DashboardFilter filter(LocalDate from, LocalDate to, String theme) {
        if (from != null && to != null && from.isAfter(to)) {
            throw Problems.invalid("from", "must not be after to");
        }
        return new DashboardFilter(new Period(from, to), theme == null || theme.isBlank() ? null : ReadModel.theme(theme), today.date());
    }
}
