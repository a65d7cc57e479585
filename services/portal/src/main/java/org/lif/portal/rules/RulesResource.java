package org.lif.portal.rules;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.lif.portal.partnership.Partnership;
import org.lif.portal.partnership.PartnershipGuard;
import org.lif.portal.problem.FormErrors;
import org.lif.portal.problem.FormErrors.FieldWording;
import org.lif.portal.problem.RefusedPage;
import org.lif.portal.problem.ServiceRefusal;
import org.lif.portal.signin.SignedInPerson;
import org.lif.portal.web.Page;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The partnership's local rules: the clocks and defaults each service applies, with the partnership's own values
 * within each rule's bounds (docs/architecture.md, "A partnership's own rules"). Everyone of the partnership reads
 * them; the business unit (partnership-admin) changes a rule or puts it back to the installation's default. Each
 * service serves and checks its own rules; a service that cannot be reached is said so on the page, the others'
 * rules are still shown.
 */
@Path("/partnerships/{partnershipId}/rules")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RulesResource {

    private static final Logger LOG = Logger.getLogger(RulesResource.class);
    private static final Pattern RULE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,99}$");
    static final String CHANGED = "changed";
    static final String DEFAULT = "default";
    private static final Map<String, String> OUTCOMES = Map.of(
            CHANGED, "You changed the rule. It applies to clocks started from now on; clocks already running keep their dates.",
            DEFAULT, "The rule is back to the installation's default. It applies to clocks started from now on.");

    /** One service's rules on the page; {@code rules} is null when the service could not be asked just now. */
    public record Section(String key, String name, List<RuleModels.Rule> rules) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(Page page, List<Section> sections, boolean changes, String outcome);

        static native TemplateInstance change(Page page, String service, String serviceName, RuleModels.Rule rule, String value,
                                              FormErrors errors);
    }

    @Inject
    SignedInPerson person;
    @Inject
    PartnershipGuard guard;
    @Inject
    RuleServices services;

    @GET
    public TemplateInstance rules(@PathParam("partnershipId") String partnershipId, @QueryParam("done") String done) {
        Partnership partnership = guard.enter(partnershipId);
        List<Section> sections = new ArrayList<>();
        for (RuleServices.RuleService service : services.all()) {
            List<RuleModels.Rule> rules;
            try {
                rules = service.api().list(partnershipId);
            } catch (ProcessingException | ServiceRefusal unavailable) {
                if (unavailable instanceof ServiceRefusal r && r.status() < 500) {
                    throw r;
                }
                LOG.warnf("the %s service's rules could not be read: %s", service.key(), unavailable.getClass().getSimpleName());
                rules = null;
            }
            sections.add(new Section(service.key(), service.name(), rules));
        }
        return Templates.rules(new Page("Local rules", partnership, person.name(), "rules"), sections, changes(partnershipId),
                done == null ? null : OUTCOMES.get(done));
    }

    @GET
    @Path("/{service}/{rule}")
    public TemplateInstance changeForm(@PathParam("partnershipId") String partnershipId, @PathParam("service") String serviceKey,
                                       @PathParam("rule") String ruleName) {
        Partnership partnership = guard.enter(partnershipId);
        RuleServices.RuleService service = changing(partnershipId, serviceKey);
        RuleModels.Rule rule = service.api().get(partnershipId, known(ruleName));
        return Templates.change(page(partnership, rule, false), service.key(), service.name(), rule, String.valueOf(rule.value()),
                FormErrors.none());
    }

    @POST
    @Path("/{service}/{rule}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object change(@PathParam("partnershipId") String partnershipId, @PathParam("service") String serviceKey,
                         @PathParam("rule") String ruleName, @FormParam("value") String value) {
        Partnership partnership = guard.enter(partnershipId);
        RuleServices.RuleService service = changing(partnershipId, serviceKey);
        RuleModels.Rule rule = service.api().get(partnershipId, known(ruleName));
        String typed = value == null ? "" : value.strip();
        FieldWording wording = new FieldWording("value", "Enter a whole number " + rule.rangeWords().toLowerCase(java.util.Locale.UK));
        FormErrors errors;
        if (!typed.matches("^-?\\d{1,6}$")) {
            errors = FormErrors.none().field(wording.fieldId(), wording.message());
        } else {
            try {
                service.api().set(partnershipId, ruleName, new RuleModels.Change(Integer.parseInt(typed)));
                return toRules(partnership, CHANGED);
            } catch (ServiceRefusal refusal) {
                if (refusal.status() != 400 && refusal.status() != 409) {
                    throw refusal;
                }
                errors = FormErrors.from(refusal, Map.of("value", wording));
            }
        }
        return Templates.change(page(partnership, rule, true), service.key(), service.name(), rule, typed, errors);
    }

    @POST
    @Path("/{service}/{rule}/default")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response useDefault(@PathParam("partnershipId") String partnershipId, @PathParam("service") String serviceKey,
                               @PathParam("rule") String ruleName) {
        Partnership partnership = guard.enter(partnershipId);
        RuleServices.RuleService service = changing(partnershipId, serviceKey);
        service.api().reset(partnershipId, known(ruleName));
        return toRules(partnership, DEFAULT);
    }

    /** Changing a rule is the business unit's (the services allow it to partnership-admin only). */
    private boolean changes(String partnershipId) {
        return person.hasRoleIn(partnershipId, "partnership-admin");
    }

    private RuleServices.RuleService changing(String partnershipId, String serviceKey) {
        RuleServices.RuleService service = services.of(serviceKey).orElseThrow(NotFoundException::new);
        if (!changes(partnershipId)) {
            throw new RefusedPage(403);
        }
        return service;
    }

    private Page page(Partnership partnership, RuleModels.Rule rule, boolean refused) {
        return new Page((refused ? "Error: " : "") + "Change: " + rule.title(), partnership, person.name(), "rules");
    }

    private static String known(String rule) {
        if (rule == null || !RULE.matcher(rule).matches()) {
            throw new NotFoundException();
        }
        return rule;
    }

    private static Response toRules(Partnership partnership, String outcome) {
        return Response.seeOther(URI.create(partnership.base() + "/rules?done=" + outcome)).build();
    }
}
