package org.lif.portal.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The design system's files (govuk-frontend, from its webjar) and the portal's own, served by the portal itself under
 * {@code /assets}: no CDN, so the pages work on a closed network and the CSP stays {@code 'self'}.
 * <p>
 * govuk-frontend's CSS refers to {@code /assets/images/…} and {@code /assets/fonts/…}, so its {@code dist/govuk/assets}
 * folder is served at {@code /assets}. The GDS Transport font files are deliberately not served: that typeface is
 * for GOV.UK services only, and LIF is not one (the portal's own stylesheet maps the family to Arial).
 * Only a fixed list of file kinds is served, from fixed classpath folders; a path with {@code ..} never matches.
 */
@Path("/assets")
@PermitAll
public class AssetResource {

    private static final Pattern SAFE = Pattern.compile("^[a-z0-9][a-z0-9.-]*(/[a-z0-9][a-z0-9.-]*)*\\.(css|js|mjs|svg|png|ico|json)$");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon",
            "json", "application/json");
    private static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/" + govukFrontendVersion() + "/dist/govuk/";

    @GET
    @Path("/{file: .+}")
    public Response asset(@PathParam("file") String file) {
        if (!SAFE.matcher(file).matches() || file.contains("..")) {
            throw new NotFoundException();
        }
        String classpath;
        if (file.startsWith("lif/")) {
            classpath = "portal-assets/" + file.substring(4);
        } else if (file.equals("govuk-frontend.min.css") || file.equals("govuk-frontend.min.js")) {
            classpath = GOVUK + file;
        } else if (file.startsWith("images/") || file.equals("manifest.json")) {
            classpath = GOVUK + "assets/" + file;
        } else {
            throw new NotFoundException();
        }
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(classpath);
        if (in == null) {
            throw new NotFoundException();
        }
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        return Response.ok(in, type).header("Cache-Control", "public, max-age=3600").build();
    }

    /** The webjar's version, from its own Maven metadata: the root pom is the only place that names it. */
    private static String govukFrontendVersion() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the govuk-frontend webjar is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
