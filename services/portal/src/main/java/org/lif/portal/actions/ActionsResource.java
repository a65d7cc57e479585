package org.lif.portal.actions;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.lif.portal.partnership.Partnership;
import org.lif.portal.partnership.PartnershipGuard;
import org.lif.portal.problem.FormErrors;
import org.lif.portal.signin.SignedInPerson;
import org.lif.portal.web.Ids;
import org.lif.portal.web.Page;
import org.lif.portal.web.Paging;

import java.io.InputStream;
import java.util.Map;

/**
 * The business unit's view of the partnership's actions: the list with the API's filters, paged, with its CSV
 * download; and one action with its progress, evidence and due-date history. The records and what the person may see
 * of them come from the action-plans service, asked with the person's own token.
 */
@Path("/partnerships/{partnershipId}/actions")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ActionsResource {

    /** Rows per page of the list. */
    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, ActionFilter filter, FormErrors errors, ActionModels.ActionPage actions,
                                            Paging paging, Map<String, String> statuses, Map<String, String> rags);

        static native TemplateInstance action(Page page, ActionModels.Action action, String outcome, boolean decides);
    }

    @Inject
    SignedInPerson person;
    @Inject
    PartnershipGuard guard;
    @RestClient
    ActionPlansApi api;

    @GET
    public TemplateInstance list(@PathParam("partnershipId") String partnershipId, @BeanParam ActionFilter filter,
                                 @QueryParam("page") String pageNumber) {
        Partnership partnership = guard.enter(partnershipId);
        FormErrors errors = filter.errors();
        int page = Paging.number(pageNumber);
        ActionModels.ActionPage actions = api.list(partnershipId, filter.apiStatus(), filter.apiRag(), filter.apiOwnerAgency(),
                filter.apiOverdue(), filter.apiDueFrom(), filter.apiDueTo(), page - 1, PAGE_SIZE);
        String title = (errors.any() ? "Error: " : "") + "Actions";
        return Templates.list(new Page(title, partnership, person.name(), "actions"), filter, errors, actions,
                new Paging(partnership.base() + "/actions", filter.query(), page, actions.totalPages(), actions.totalItems()),
                ActionWords.STATUS, ActionWords.RAG_SHORT);
    }

    /** The same list as the API's CSV (same filters, not paged), streamed through with the person's token. */
    @GET
    @Path("/download.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("partnershipId") String partnershipId, @BeanParam ActionFilter filter) {
        guard.enter(partnershipId);
        InputStream csv = api.export(partnershipId, filter.apiStatus(), filter.apiRag(), filter.apiOwnerAgency(),
                filter.apiOverdue(), filter.apiDueFrom(), filter.apiDueTo());
        StreamingOutput body = out -> {
            try (csv) {
                csv.transferTo(out);
            }
        };
        return Response.ok(body, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + partnershipId + "-actions.csv\"").build();
    }

    @GET
    @Path("/{actionId}")
    public TemplateInstance action(@PathParam("partnershipId") String partnershipId, @PathParam("actionId") String actionId,
                                   @QueryParam("done") String done) {
        Partnership partnership = guard.enter(partnershipId);
        ActionModels.Action action = api.get(partnershipId, known(actionId));
        // sign-off and due dates are the partnership's decisions (docs/action-plans.md): offered to those who take them
        boolean decides = person.hasRoleIn(partnershipId, "partnership-admin", "safeguarding-partner");
        return Templates.action(new Page("Action", partnership, person.name(), "actions"), action, Outcomes.words(done), decides);
    }

    /** An action id the service could know; anything else is an unknown page without asking it. */
    static String known(String actionId) {
        return Ids.known(actionId);
    }
}
