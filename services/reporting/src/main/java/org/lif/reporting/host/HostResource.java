package org.lif.reporting.host;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.tenancy.HostAdminOnly;
import org.lif.reporting.common.Tables;
import org.lif.reporting.readmodel.ReadModelGeneration;
import org.lif.reporting.readmodel.ReadModelRebuild;

import java.util.List;

@Path("/api/v1/host")
@Tag(name = "host")
@HostAdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class HostResource {

    @Inject
    HostFigures figures;
    @Inject
    ReadModelRebuild rebuild;
    @Inject
    ReadModelGeneration generation;

    @GET
    @Path("/partnerships")
    @Produces({MediaType.APPLICATION_JSON, Tables.CSV})
    @Operation(summary = "Compare the host's partnerships on aggregate figures only (host-admin)",
            description = "One row of counts and percentages per partnership; never a record. CSV with ?format=csv or Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "Aggregates per partnership", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HostFigures.PartnershipFigures.class, type = SchemaType.ARRAY)),
            @Content(mediaType = Tables.CSV)})
    public Response partnerships(@QueryParam("format") @Parameter(description = "csv for CSV") String format, @Context HttpHeaders headers) {
        List<HostFigures.PartnershipFigures> list = figures.perPartnership();
        return Tables.respond(HostFigures.table(list), list, format, headers);
    }

    @GET
    @Path("/read-model")
    @Operation(summary = "The read model's generation and the state of the last rebuild (host-admin)")
    public ReadModelGeneration.State readModel() {
        return generation.state();
    }

    @POST
    @Path("/read-model/rebuild")
    @Operation(summary = "Rebuild the read model from the topics (host-admin)",
            description = "Clears the read model of every partnership and replays lif.reviews/audits/training/action-plans.events from the "
                    + "beginning under a new generation, without counting any event twice; runs in the background (202), follow it with "
                    + "GET /api/v1/host/read-model. 409 while a rebuild runs.")
    @APIResponse(responseCode = "202", description = "Rebuild started", content = @Content(schema = @Schema(implementation = ReadModelGeneration.State.class)))
    public Response startRebuild() {
        return Response.accepted(rebuild.start()).build();
    }
}
