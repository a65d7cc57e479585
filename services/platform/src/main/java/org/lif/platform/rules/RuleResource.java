package org.lif.platform.rules;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.platform.tenancy.PartnershipRole;

import java.util.List;

import static org.lif.platform.tenancy.PartnershipRole.INDEPENDENT_CHAIR;
import static org.lif.platform.tenancy.PartnershipRole.INDEPENDENT_REVIEWER;
import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.PRACTITIONER;
import static org.lif.platform.tenancy.PartnershipRole.RELEVANT_AGENCY;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/**
 * The partnership's local rules that this service applies ({@code lif.rules.served}): everyone of the partnership may
 * read them (people need to know, e.g., the cancellation cut-off); the business unit sets them, within each rule's
 * bounds. A service with rules switches this on at build time with {@code lif.rules.enabled=true}.
 */
@Path("/api/v1/partnerships/{partnershipId}/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Local rules")
@IfBuildProperty(name = "lif.rules.enabled", stringValue = "true")
@AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, INDEPENDENT_CHAIR, INDEPENDENT_REVIEWER, PRACTITIONER})
public class RuleResource {

    @Inject
    PartnershipRules rules;
    @Inject
    RuleChanges changes;
    @ConfigProperty(name = "lif.rules.served")
    List<String> served;

    @GET
    @Transactional
    @Operation(summary = "The partnership's local rules applied by this service: each one's value, default, bounds and basis")
    public List<RuleViews.RuleView> list() {
        return served.stream().map(this::rule).map(this::view).toList();
    }

    @GET
    @Path("/{rule}")
    @Transactional
    @Operation(summary = "One local rule")
    public RuleViews.RuleView get(@PathParam("rule") String rule) {
        return view(rule(rule));
    }

    @PUT
    @Path("/{rule}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Set the partnership's own value of a rule (within its bounds); it applies to clocks started from now on")
    public RuleViews.RuleView set(@PathParam("rule") String rule,
                                  @NotNull(message = "body is required") @Valid RuleViews.RuleChange change) {
        LocalRule local = rule(rule);
        changes.set(local, change.value());
        return view(local);
    }

    @DELETE
    @Path("/{rule}")
    @Transactional
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Go back to the installation's default for a rule; it applies to clocks started from now on")
    public RuleViews.RuleView reset(@PathParam("rule") String rule) {
        LocalRule local = rule(rule);
        changes.reset(local);
        return view(local);
    }

    private LocalRule rule(String name) {
        return LocalRules.find(name).filter(r -> served.contains(r.name()))
                .orElseThrow(() -> Problems.notFound("rule", name));
    }

    private RuleViews.RuleView view(LocalRule rule) {
        PartnershipRule own = PartnershipRule.findById(rule.name());
        int dflt = rules.installationDefault(rule);
        return new RuleViews.RuleView(rule.name(), rule.description(), rule.unit(), own == null ? dflt : own.value,
                own != null, dflt, rule.minimum(), rule.maximum(), rule.basis(),
                own == null ? null : own.changedBy, own == null ? null : own.changedAt);
    }
}
