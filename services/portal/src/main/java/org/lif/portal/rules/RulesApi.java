package org.lif.portal.rules;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * A partnership's local rules as each service that applies rules serves them (the platform's {@code RuleResource}:
 * docs/architecture.md, "A partnership's own rules"): the same API on reviews, training and action-plans, each for the
 * rules it applies. One client per service ({@link RuleServices}), called with the person's access token.
 */
@Path("/api/v1/partnerships/{partnershipId}/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RulesApi {

    @GET
    List<RuleModels.Rule> list(@PathParam("partnershipId") String partnershipId);

    @GET
    @Path("/{rule}")
    RuleModels.Rule get(@PathParam("partnershipId") String partnershipId, @PathParam("rule") String rule);

    @PUT
    @Path("/{rule}")
    RuleModels.Rule set(@PathParam("partnershipId") String partnershipId, @PathParam("rule") String rule, RuleModels.Change change);

    @DELETE
    @Path("/{rule}")
    RuleModels.Rule reset(@PathParam("partnershipId") String partnershipId, @PathParam("rule") String rule);
}
