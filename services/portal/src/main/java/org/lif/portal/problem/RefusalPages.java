package org.lif.portal.problem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.lif.portal.web.Page;

import java.util.UUID;

/**
 * Every failure becomes a page in plain English, never a stack trace: "Page not found" for an unknown page or a
 * record the person cannot see (the services answer another partnership's or agency's record as unknown: 404),
 * "You cannot see this" for a refusal (403), "Sign in again" when a service no longer accepts the person's token,
 * and "Sorry, there is a problem" with a reference to quote when a service is unreachable or fails. What is logged
 * is the status and the reference, never a page's data.
 */
public class RefusalPages {

    private static final Logger LOG = Logger.getLogger(RefusalPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(Page page);

        static native TemplateInstance forbidden(Page page);

        static native TemplateInstance signInAgain(Page page);

        static native TemplateInstance unavailable(Page page, String reference);
    }

    @ServerExceptionMapper
    public Response serviceRefusal(ServiceRefusal e) {
        return byStatus(e.status());
    }

    @ServerExceptionMapper
    public Response refusedPage(RefusedPage e) {
        return byStatus(e.status());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return byStatus(404);
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        return unavailable(e);
    }

    /** Anything else that fails in the portal itself: the same "Sorry" page, the failure logged with its reference. */
    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException wae && wae.getResponse() != null && wae.getResponse().getStatus() < 500) {
            return wae.getResponse();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "the portal failed, reference %s", reference);
        return html(500, Templates.unavailable(new Page("Sorry, there is a problem with the service", null, null, ""), reference));
    }

    private Response byStatus(int status) {
        return switch (status) {
            case 404, 400 -> html(404, Templates.notFound(new Page("Page not found", null, null, "")));
            case 403 -> html(403, Templates.forbidden(new Page("You cannot see this", null, null, "")));
            case 401 -> html(401, Templates.signInAgain(new Page("Sign in again", null, null, "")));
            default -> unavailable(null);
        };
    }

    private Response unavailable(Throwable cause) {
        String reference = UUID.randomUUID().toString();
        LOG.warnf("a service could not answer, reference %s: %s", reference, cause == null ? "error status" : cause.getClass().getSimpleName());
        return html(503, Templates.unavailable(new Page("Sorry, there is a problem with the service", null, null, ""), reference));
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }
}
