package org.lif.audits.schools;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.audits.common.Callers;
import org.lif.audits.recommendation.RecommendationRequest;
import org.lif.audits.recommendation.RecommendationView;
import org.lif.audits.recommendation.Recommendations;
import org.lif.platform.tenancy.AllowedRoles;

import java.util.List;
import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.*;

/** Section 175/157 schools audits: windows, schools' returns with governor sign-off, follow-up visits, improvement actions. */
@Path("/api/v1/partnerships/{partnershipId}/schools-audits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schools audits")
public class SchoolsResource {

    @Inject
    SchoolsService schools;
    @Inject
    Recommendations recommendations;
    @Inject
    Callers callers;

    @POST
    @Transactional
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Open the year's window (one per academic year; closes after it opens, within a year)")
    public Response open(@NotNull(message = "body is required") @Valid SchoolsRequests.OpenWindow request) {
        return Response.status(201).entity(schools.view(schools.open(request))).build();
    }

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "Windows, newest first, with each school's status and overdue returns (a school sees its own)")
    public List<SchoolsViews.Window> windows() {
        return schools.windows().stream().map(schools::view).toList();
    }

    @GET
    @Path("/{windowId}")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "One window")
    public SchoolsViews.Window window(@PathParam("windowId") UUID windowId) {
        return schools.view(schools.window(windowId));
    }

    @POST
    @Transactional
    @Path("/{windowId}/close")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Close the window: no more returns, late or not")
    public SchoolsViews.Window close(@PathParam("windowId") UUID windowId) {
        return schools.view(schools.close(windowId));
    }

    @GET
    @Path("/{windowId}/returns/mine")
    @AllowedRoles({RELEVANT_AGENCY})
    @Operation(summary = "The school's own return")
    public SchoolsViews.Return mine(@PathParam("windowId") UUID windowId) {
        return SchoolsViews.Return.of(schools.returnOf(schools.window(windowId), callers.requireAgency()));
    }

    @PUT
    @Transactional
    @Path("/{windowId}/returns/mine")
    @AllowedRoles({RELEVANT_AGENCY})
    @Operation(summary = "Save the school's return as a draft: self-rating and narrative per standard (from the opening date)")
    public SchoolsViews.Return save(@PathParam("windowId") UUID windowId, @NotNull(message = "body is required") @Valid SchoolsRequests.SaveReturn request) {
        return SchoolsViews.Return.of(schools.save(windowId, request));
    }

    @POST
    @Transactional
    @Path("/{windowId}/returns/mine/submit")
    @AllowedRoles({RELEVANT_AGENCY})
    @Operation(summary = "Submit the return with the governor's sign-off (late after the closing date); publishes SchoolsReturnSubmitted")
    public SchoolsViews.Return submit(@PathParam("windowId") UUID windowId, @NotNull(message = "body is required") @Valid SchoolsRequests.Submit request) {
        return SchoolsViews.Return.of(schools.submit(windowId, request));
    }

    @GET
    @Path("/{windowId}/returns")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "Schools' returns (a school: its own)")
    public List<SchoolsViews.Return> returns(@PathParam("windowId") UUID windowId) {
        return schools.returns(schools.window(windowId)).stream().map(SchoolsViews.Return::of).toList();
    }

    @GET
    @Path("/{windowId}/returns/{school}")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "One school's return")
    public SchoolsViews.Return returnOf(@PathParam("windowId") UUID windowId, @PathParam("school") String school) {
        return SchoolsViews.Return.of(schools.returnOf(schools.window(windowId), school));
    }

    @POST
    @Transactional
    @Path("/{windowId}/returns/{school}/visits")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Record a follow-up visit that validates or changes the school's self-ratings")
    public SchoolsViews.Return visit(@PathParam("windowId") UUID windowId, @PathParam("school") String school,
                                     @NotNull(message = "body is required") @Valid SchoolsRequests.Visit request) {
        return SchoolsViews.Return.of(schools.visit(windowId, school, request));
    }

    @POST
    @Transactional
    @Path("/{windowId}/returns/{school}/actions")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Issue an improvement action for the school: RecommendationIssued (source SECTION_175) to action-plans")
    public Response issueAction(@PathParam("windowId") UUID windowId, @PathParam("school") String school,
                                @NotNull(message = "body is required") @Valid RecommendationRequest request) {
        var rec = schools.issueAction(windowId, school, request);
        return Response.status(201).entity(recommendations.view(rec)).build();
    }

    @GET
    @Path("/{windowId}/returns/{school}/actions")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "The school's improvement actions and their progress in action-plans")
    public List<RecommendationView> actions(@PathParam("windowId") UUID windowId, @PathParam("school") String school) {
        SchoolsWindow w = schools.window(windowId);
        schools.returnOf(w, school);
        return recommendations.of(w.id, school);
    }
}
