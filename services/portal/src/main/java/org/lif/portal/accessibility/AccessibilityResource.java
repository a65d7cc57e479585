package org.lif.portal.accessibility;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.lif.portal.web.Page;

/**
 * The accessibility statement (Public Sector Bodies Accessibility Regulations 2018), linked from every page's
 * footer and readable without signing in; and the page a person sees after signing out.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AccessibilityResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statement(Page page);

        static native TemplateInstance signedOut(Page page);
    }

    @GET
    @Path("accessibility")
    public TemplateInstance statement() {
        return Templates.statement(new Page("Accessibility statement for LIF", null, null, ""));
    }

    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return Templates.signedOut(new Page("You have signed out", null, null, ""));
    }
}
