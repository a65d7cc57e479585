package org.lif.audits.standards;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.audits.common.Inputs;
import org.lif.platform.tenancy.AllowedRoles;

import java.util.List;
import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.*;

/** The Section 11 and schools standards of the partnership: editable, each edit a new version (cycles keep theirs). */
@Path("/api/v1/partnerships/{partnershipId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Standards")
public class StandardsResource {

    @Inject
    StandardsService standards;

    public record StandardInput(
            @NotBlank(message = "is required") @Pattern(regexp = Inputs.CODE_PATTERN, message = Inputs.CODE_MESSAGE) String code,
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @Size(max = 2000, message = "must be at most 2000 characters") String description) {
    }

    public record SaveStandards(
            @NotEmpty(message = "at least one standard is required") @Size(max = 40, message = "at most 40 standards")
            List<@NotNull(message = "must not be null") @Valid StandardInput> standards) {
    }

    public record StandardsView(UUID id, StandardsSet.Kind kind, int version, List<StandardsSet.Standard> standards) {
        static StandardsView of(StandardsSet s) {
            return new StandardsView(s.id, s.kind, s.version, s.standards);
        }
    }

    @GET
    @Path("/section11/standards")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "The current Section 11 standards (the usual eight until the partnership edits them)")
    public StandardsView section11() {
        return StandardsView.of(standards.current(StandardsSet.Kind.SECTION_11));
    }

    @PUT
    @Transactional
    @Path("/section11/standards")
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Edit the Section 11 standards: a new version for the next cycles (open cycles keep theirs)")
    public StandardsView editSection11(@NotNull(message = "body is required") @Valid SaveStandards request) {
        return StandardsView.of(standards.newVersion(StandardsSet.Kind.SECTION_11, toStandards(request)));
    }

    @GET
    @Path("/schools-audits/standards")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "The current schools (Section 175/157) standards")
    public StandardsView schools() {
        return StandardsView.of(standards.current(StandardsSet.Kind.SCHOOLS));
    }

    @PUT
    @Transactional
    @Path("/schools-audits/standards")
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Edit the schools standards: a new version for the next windows")
    public StandardsView editSchools(@NotNull(message = "body is required") @Valid SaveStandards request) {
        return StandardsView.of(standards.newVersion(StandardsSet.Kind.SCHOOLS, toStandards(request)));
    }

    private static List<StandardsSet.Standard> toStandards(SaveStandards request) {
        return request.standards().stream().map(s -> new StandardsSet.Standard(s.code(), s.title(), s.description())).toList();
    }
}
