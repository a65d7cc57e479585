package org.lif.portal.problem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.lif.portal.web.Page;

/**
 * A form the portal refuses before reading it: its CSRF token is missing or does not match the person's cookie (a
 * forged form from another site, or a page left open past the token's life). quarkus-rest-csrf answers 400 with no
 * body; the person gets a page saying what to do instead of a blank one.
 */
public class RefusedFormPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance formNotSent(Page page);
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())) {
            response.setEntity(Templates.formNotSent(new Page("Your form was not sent", null, null, "")).render(),
                    null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
