package org.lif.portal.partnership;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.MediaType;
import org.lif.portal.signin.SignedInPerson;
import org.lif.portal.web.Page;

import java.net.URI;
import java.util.List;

/**
 * Where a person starts: the partnerships they hold a role in (from their token) to choose one; a person with one
 * partnership goes straight to its home. Each partnership's pages live under {@code /partnerships/{id}/…}, so the
 * chosen partnership is in every address and every link stays inside it.
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(Page page, List<Partnership> partnerships);

        static native TemplateInstance partnership(Page page, List<String> roles, boolean records);
    }

    @Inject
    SignedInPerson person;
    @Inject
    PartnershipNames names;
    @Inject
    PartnershipGuard guard;

    @GET
    public TemplateInstance home() {
        List<Partnership> partnerships = person.partnerships().keySet().stream().map(names::of).toList();
        if (partnerships.size() == 1) {
            throw new RedirectionException(303, URI.create(partnerships.get(0).base()));
        }
        return Templates.choose(new Page("Choose a partnership", null, person.name(), "home"), partnerships);
    }

    @GET
    @Path("partnerships/{partnershipId}")
    public TemplateInstance partnership(@PathParam("partnershipId") String partnershipId) {
        Partnership partnership = guard.enter(partnershipId);
        List<String> roles = person.partnerships().get(partnershipId).stream().map(RoleWords::of).toList();
        // recording a notification is the business unit's and the safeguarding partners' (docs/reviews.md): offered to them
        boolean records = person.hasRoleIn(partnershipId, "partnership-admin", "safeguarding-partner");
        return Templates.partnership(new Page(partnership.name(), partnership, person.name(), "home"), roles, records);
    }
}
