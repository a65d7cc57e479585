package org.lif.portal.actions;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.lif.portal.partnership.Partnership;
import org.lif.portal.partnership.PartnershipGuard;
import org.lif.portal.problem.FormErrors;
import org.lif.portal.problem.FormErrors.FieldWording;
import org.lif.portal.problem.ServiceRefusal;
import org.lif.portal.signin.SignedInPerson;
import org.lif.portal.web.DateFields;
import org.lif.portal.web.Page;

import java.net.URI;
import java.util.Map;

import static org.lif.portal.actions.ActionsResource.known;

/**
 * The business unit's decisions on an action, each a question page: sign off a completion or refuse it with a
 * reason, and move the due date with a reason. The service decides; when it refuses, its problem's field errors are
 * shown as the design system's error summary and field messages, with everything the person typed kept. A change
 * that succeeds redirects to the action (POST, redirect, GET), so reloading the page does not send it twice.
 */
@Path("/partnerships/{partnershipId}/actions/{actionId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ActionDecisionsResource {

    /** The API's field names on these forms, and how the portal words each refusal. */
    static final Map<String, FieldWording> SIGN_OFF_WORDING = Map.of(
            "decision", new FieldWording("decision", "Select whether you sign off or refuse the completion"),
            "reason", new FieldWording("reason", "Enter why you are refusing the completion"));
    static final Map<String, FieldWording> DUE_DATE_WORDING = Map.of(
            "dueDate", new FieldWording("dueDate-day", "Enter the new due date"),
            "reason", new FieldWording("reason", "Enter the reason for changing the due date"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signOff(Page page, ActionModels.Action action, String decision, String reason, FormErrors errors);

        static native TemplateInstance dueDate(Page page, ActionModels.Action action, DateFields dueDate, String reason, FormErrors errors);
    }

    @Inject
    SignedInPerson person;
    @Inject
    PartnershipGuard guard;
    @RestClient
    ActionPlansApi api;

    @GET
    @Path("/sign-off")
    public TemplateInstance signOffForm(@PathParam("partnershipId") String partnershipId, @PathParam("actionId") String actionId) {
        Partnership partnership = guard.enter(partnershipId);
        ActionModels.Action action = api.get(partnershipId, known(actionId));
        return Templates.signOff(page("Sign off the completion", partnership, false), action, "", "", FormErrors.none());
    }

    @POST
    @Path("/sign-off")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object signOff(@PathParam("partnershipId") String partnershipId, @PathParam("actionId") String actionId,
                          @FormParam("decision") String decision, @FormParam("reason") String reason) {
        Partnership partnership = guard.enter(partnershipId);
        known(actionId);
        String typedReason = reason == null ? "" : reason;
        String chosen = "APPROVE".equals(decision) || "REFUSE".equals(decision) ? decision : "";
        FormErrors errors;
        if (chosen.isEmpty()) {
            errors = FormErrors.none().field("decision", SIGN_OFF_WORDING.get("decision").message());
        } else {
            try {
                api.signOff(partnershipId, actionId, new ActionModels.SignOff(chosen, typedReason.isBlank() ? null : typedReason));
                return toAction(partnership, actionId, "APPROVE".equals(chosen) ? Outcomes.SIGNED_OFF : Outcomes.REFUSED);
            } catch (ServiceRefusal refusal) {
                if (refusal.status() != 400 && refusal.status() != 409) {
                    throw refusal;
                }
                errors = FormErrors.from(refusal, SIGN_OFF_WORDING);
            }
        }
        ActionModels.Action action = api.get(partnershipId, actionId);
        return Templates.signOff(page("Sign off the completion", partnership, true), action, chosen, typedReason, errors);
    }

    @GET
    @Path("/due-date")
    public TemplateInstance dueDateForm(@PathParam("partnershipId") String partnershipId, @PathParam("actionId") String actionId) {
        Partnership partnership = guard.enter(partnershipId);
        ActionModels.Action action = api.get(partnershipId, known(actionId));
        return Templates.dueDate(page("Change the due date", partnership, false), action, DateFields.empty(), "", FormErrors.none());
    }

    @POST
    @Path("/due-date")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object changeDueDate(@PathParam("partnershipId") String partnershipId, @PathParam("actionId") String actionId,
                                @FormParam("dueDate-day") String day, @FormParam("dueDate-month") String month,
                                @FormParam("dueDate-year") String year, @FormParam("reason") String reason) {
        Partnership partnership = guard.enter(partnershipId);
        known(actionId);
        DateFields dueDate = new DateFields(day, month, year);
        String typedReason = reason == null ? "" : reason;
        FormErrors errors;
        if (dueDate.invalid()) {
            errors = FormErrors.none().field("dueDate-day", "The new due date must be a real date, for example 27 3 2026");
            if (typedReason.isBlank()) {
                errors.field("reason", DUE_DATE_WORDING.get("reason").message());
            }
        } else {
            try {
                api.changeDueDate(partnershipId, actionId, new ActionModels.ChangeDueDate(
                        dueDate.date().map(Object::toString).orElse(null), typedReason.isBlank() ? null : typedReason));
                return toAction(partnership, actionId, Outcomes.DUE_DATE_CHANGED);
            } catch (ServiceRefusal refusal) {
                if (refusal.status() != 400 && refusal.status() != 409) {
                    throw refusal;
                }
                errors = FormErrors.from(refusal, DUE_DATE_WORDING);
            }
        }
        ActionModels.Action action = api.get(partnershipId, actionId);
        return Templates.dueDate(page("Change the due date", partnership, true), action, dueDate, typedReason, errors);
    }

    private Page page(String title, Partnership partnership, boolean refused) {
        return new Page((refused ? "Error: " : "") + title, partnership, person.name(), "actions");
    }

    private static Response toAction(Partnership partnership, String actionId, String outcome) {
        return Response.seeOther(URI.create(partnership.base() + "/actions/" + actionId + "?done=" + outcome)).build();
    }
}
