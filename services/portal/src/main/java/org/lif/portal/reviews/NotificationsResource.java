package org.lif.portal.reviews;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.lif.portal.problem.ServiceRefusal;
import org.lif.portal.signin.SignedInPerson;
import org.lif.portal.web.Page;

import java.net.URI;
import java.util.Map;

/**
 * Recording a serious incident notification to the national Panel, which opens its rapid review. Children are
 * recorded by pseudonym only; the service refuses anything else, and its problem's field errors become the design
 * system's error summary and field messages, with everything typed kept. On success the person lands on the new
 * rapid review's case page (POST, redirect, GET).
 */
@Path("/partnerships/{partnershipId}/notifications/new")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NotificationsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance record(Page page, NotificationForm form, FormErrors errors, Map<String, String> ageBands,
                                              Map<String, String> harms);
    }

    @Inject
    SignedInPerson person;
    @Inject
    PartnershipGuard guard;
    @RestClient
    ReviewsApi api;

    @GET
    public TemplateInstance form(@PathParam("partnershipId") String partnershipId) {
        Partnership partnership = guard.enter(partnershipId);
        return page(partnership, NotificationForm.empty(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object record(@PathParam("partnershipId") String partnershipId, @BeanParam NotificationForm form) {
        Partnership partnership = guard.enter(partnershipId);
        FormErrors errors = form.dateErrors();
        if (!errors.any()) {
            try {
                ReviewModels.Notification recorded = api.record(partnershipId, form.request());
                return Response.seeOther(URI.create(partnership.base() + "/reviews/" + recorded.rapidReviewId()
                        + "?done=" + ReviewsResource.NOTIFICATION_RECORDED)).build();
            } catch (ServiceRefusal refusal) {
                if (refusal.status() != 400 && refusal.status() != 409) {
                    throw refusal;
                }
                errors = FormErrors.from(refusal, form::wording);
            }
        }
        return page(partnership, form, errors);
    }

    private TemplateInstance page(Partnership partnership, NotificationForm form, FormErrors errors) {
        String title = (errors.any() ? "Error: " : "") + "Record a serious incident notification";
        return Templates.record(new Page(title, partnership, person.name(), "reviews"), form, errors, ReviewWords.AGE_BAND, ReviewWords.HARM);
    }
}
