package org.lif.training.figures;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.platform.time.Today;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static org.lif.platform.tenancy.PartnershipRole.INDEPENDENT_CHAIR;
import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/** Reach, attendance, evaluation scores and impact, aggregated: no individual's answers or free text. */
@Path("/api/v1/partnerships/{partnershipId}/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class FiguresResource {

    @Inject
    FiguresService figures;
    @Inject
    Today today;

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR})
    @Operation(summary = "Training figures for sessions starting from..to (ISO dates; default: the last 12 months)")
    public Figures get(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = date("to", to, today.date());
        LocalDate start = date("from", from, end.minusYears(1));
        if (start.isAfter(end)) {
            throw Problems.invalid("from", "must not be after to");
        }
        return figures.compute(start, end);
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalid(field, "must be a date like 2026-04-01");
        }
    }
}
