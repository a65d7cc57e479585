package org.lif.training.themes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.training.briefing.Briefing;
import org.lif.training.briefing.BriefingStatus;
import org.lif.training.course.Course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.lif.platform.tenancy.PartnershipRole.INDEPENDENT_CHAIR;
import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.PRACTITIONER;
import static org.lif.platform.tenancy.PartnershipRole.RELEVANT_AGENCY;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/** Learning themes against the programme: what addresses each theme, and the gaps. */
@Path("/api/v1/partnerships/{partnershipId}/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes")
public class ThemesResource {

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, PRACTITIONER, INDEPENDENT_CHAIR})
    @Operation(summary = "Every theme (from reviews, audits, courses and briefings) with what addresses it; gapsOnly=true for the gaps")
    public List<ThemeView> themes(@QueryParam("gapsOnly") boolean gapsOnly) {
        Map<String, Builder> byTheme = new TreeMap<>();
        for (ThemeSource s : ThemeSource.<ThemeSource>listAll()) {
            byTheme.computeIfAbsent(s.theme, t -> new Builder()).sources.add(new ThemeView.Source(s.sourceType, s.sourceId, s.sourceTitle));
        }
        for (Course c : Course.<Course>listAll()) {
            c.themes.forEach(t -> byTheme.computeIfAbsent(t, x -> new Builder()).courses.add(new ThemeView.Ref(c.id, c.title)));
        }
        for (Briefing b : Briefing.<Briefing>list("status", BriefingStatus.PUBLISHED)) {
            b.themes.forEach(t -> byTheme.computeIfAbsent(t, x -> new Builder()).briefings.add(new ThemeView.Ref(b.id, b.title)));
        }
        List<ThemeView> out = new ArrayList<>();
        byTheme.forEach((theme, b) -> {
            boolean gap = !b.sources.isEmpty() && b.courses.isEmpty() && b.briefings.isEmpty();
            if (!gapsOnly || gap) {
                out.add(new ThemeView(theme, b.sources, b.courses, b.briefings, gap));
            }
        });
        return out;
    }

    private static final class Builder {
        final List<ThemeView.Source> sources = new ArrayList<>();
        final List<ThemeView.Ref> courses = new ArrayList<>();
        final List<ThemeView.Ref> briefings = new ArrayList<>();
    }
}
