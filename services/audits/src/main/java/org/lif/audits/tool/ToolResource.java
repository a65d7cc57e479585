package org.lif.audits.tool;

import io.quarkus.panache.common.Sort;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.audits.common.Callers;
import org.lif.audits.common.Inputs;
import org.lif.platform.time.Today;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.AllowedRoles;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.*;

/** Audit tools of the partnership: question sets with a grading scale, versioned. */
@Path("/api/v1/partnerships/{partnershipId}/audits/tools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audit tools")
public class ToolResource {

    static final String ENTITY = "audit-tool";
    /** The grading scale a tool gets when it names none. */
    static final List<String> DEFAULT_SCALE = List.of("OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE");

    @Inject
    Callers callers;
    @Inject
    Today today;
    @Inject
    AuditTrail audit;

    public record QuestionInput(
            @NotBlank(message = "is required") @Pattern(regexp = Inputs.CODE_PATTERN, message = Inputs.CODE_MESSAGE) String code,
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String text) {
    }

    public record SaveTool(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String name,
            @NotEmpty(message = "at least one question is required") @Size(max = 100, message = "at most 100 questions")
            List<@NotNull(message = "must not be null") @Valid QuestionInput> questions,
            @Size(min = 2, max = 10, message = "must have 2 to 10 grades")
            List<@NotBlank(message = "must not be blank") @Pattern(regexp = "^[A-Z][A-Z_]{0,49}$", message = "must be upper case, e.g. GOOD") String> gradingScale) {
    }

    public record ToolView(UUID id, UUID toolKey, int version, String name, List<AuditTool.Question> questions, List<String> gradingScale) {
        static ToolView of(AuditTool t) {
            return new ToolView(t.id, t.toolKey, t.version, t.name, t.questions, t.gradingScale);
        }
    }

    @POST
    @Transactional
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Create an audit tool (version 1); the grading scale defaults to outstanding / good / requires improvement / inadequate")
    public Response create(@NotNull(message = "body is required") @Valid SaveTool request) {
        return Response.status(201).entity(ToolView.of(save(UUID.randomUUID(), 1, request))).build();
    }

    @POST
    @Transactional
    @Path("/{toolId}/versions")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Make a new version of a tool (audits already started keep the version they use)")
    public Response newVersion(@PathParam("toolId") UUID toolId, @NotNull(message = "body is required") @Valid SaveTool request) {
        AuditTool base = tool(toolId);
        int next = AuditTool.<AuditTool>find("toolKey = ?1 order by version desc", base.toolKey).firstResult().version + 1;
        return Response.status(201).entity(ToolView.of(save(base.toolKey, next, request))).build();
    }

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "Every version of every tool, by name and version")
    public List<ToolView> list() {
        return AuditTool.<AuditTool>listAll(Sort.by("name").and("version")).stream().map(ToolView::of).toList();
    }

    @GET
    @Path("/{toolId}")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "One tool version")
    public ToolView get(@PathParam("toolId") UUID toolId) {
        return ToolView.of(tool(toolId));
    }

    public static AuditTool tool(UUID id) {
        AuditTool t = id == null ? null : AuditTool.findById(id);
        if (t == null) {
            throw Problems.notFound("Audit tool", id);
        }
        return t;
    }

    private AuditTool save(UUID key, int version, SaveTool request) {
        if (new HashSet<>(request.questions().stream().map(QuestionInput::code).toList()).size() != request.questions().size()) {
            throw Problems.invalid("questions", "codes must be unique");
        }
        AuditTool t = new AuditTool();
        t.id = UUID.randomUUID();
        t.toolKey = key;
        t.version = version;
        t.name = request.name();
        t.questions = request.questions().stream().map(q -> new AuditTool.Question(q.code(), q.text())).toList();
        t.gradingScale = request.gradingScale() == null || request.gradingScale().isEmpty() ? DEFAULT_SCALE : Inputs.distinct(request.gradingScale());
        t.createdAt = today.now();
        t.createdBy = callers.actor();
        t.persist();
        audit.record(ENTITY, t.id, "VERSION_CREATED", null, "v" + version, t.name);
        return t;
    }
}
