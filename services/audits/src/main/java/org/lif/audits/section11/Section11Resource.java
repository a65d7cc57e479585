package org.lif.audits.section11;

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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.audits.common.Callers;
import org.lif.audits.recommendation.RecommendationRequest;
import org.lif.audits.recommendation.RecommendationView;
import org.lif.audits.recommendation.Recommendations;
import org.lif.platform.idempotency.IdempotencyInterceptor;
import org.lif.platform.idempotency.Idempotent;
import org.lif.platform.tenancy.AllowedRoles;

import java.util.List;
import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.*;

/**
 * Section 11 cycles. {@code .../assessments/mine} is the caller's agency's own self-assessment;
 * {@code .../assessments/{agency}} is an agency's self-assessment as this partnership sees and evaluates it.
 */
@Path("/api/v1/partnerships/{partnershipId}/section11")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Section 11")
public class Section11Resource {

    @Inject
    Section11Service section11;
    @Inject
    Recommendations recommendations;
    @Inject
    Callers callers;

    @POST
    @Transactional
    @Path("/cycles")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Open a cycle (two years by default) with the current standards; answers carry forward from the previous cycle")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response open(@NotNull(message = "body is required") @Valid Section11Requests.OpenCycle request) {
        return Response.status(201).entity(section11.view(section11.open(request))).build();
    }

    @GET
    @Path("/cycles")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "Cycles, newest first, with where each agency is (an agency sees its own row)")
    public List<Section11Views.Cycle> cycles() {
        return section11.cycles().stream().map(section11::view).toList();
    }

    @GET
    @Path("/cycles/{cycleId}")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "One cycle: standards, phase, agencies' status and overdue submissions")
    public Section11Views.Cycle cycle(@PathParam("cycleId") UUID cycleId) {
        return section11.view(section11.cycle(cycleId));
    }

    @POST
    @Transactional
    @Path("/cycles/{cycleId}/advance")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Move the cycle on: self-assessment → action-plan tracking → closed")
    public Section11Views.Cycle advance(@PathParam("cycleId") UUID cycleId) {
        return section11.view(section11.advance(cycleId));
    }

    @GET
    @Path("/cycles/{cycleId}/overview")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "RAG of every standard across agencies (self and moderated) with moderated counts per standard; an agency: its own row and the counts of agreed outcomes")
    public Section11Views.Overview overview(@PathParam("cycleId") UUID cycleId) {
        return section11.overview(section11.cycle(cycleId));
    }

    @GET
    @Path("/cycles/{cycleId}/tracking")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR})
    @Operation(summary = "Action-plan tracking: per agency, the actions from its evaluation and their progress in action-plans")
    public Section11Views.Tracking tracking(@PathParam("cycleId") UUID cycleId) {
        return section11.tracking(section11.cycle(cycleId));
    }

    // ---------------------------------------------------------------- the caller's agency

    @GET
    @Path("/my-assessments")
    @AllowedRoles({RELEVANT_AGENCY, SAFEGUARDING_PARTNER})
    @Operation(summary = "The caller's agency's self-assessments and the partnerships each is shared to")
    public List<Section11Views.MyAssessment> myAssessments() {
        return section11.mine();
    }

    @POST
    @Transactional
    @Path("/cycles/{cycleId}/assessments/mine")
    @AllowedRoles({RELEVANT_AGENCY, SAFEGUARDING_PARTNER})
    @Operation(summary = "Start the agency's self-assessment: a draft with the previous cycle's answers carried forward")
    public Response start(@PathParam("cycleId") UUID cycleId) {
        return Response.status(201).entity(section11.view(section11.start(cycleId))).build();
    }

    @GET
    @Path("/cycles/{cycleId}/assessments/mine")
    @AllowedRoles({RELEVANT_AGENCY, SAFEGUARDING_PARTNER})
    @Operation(summary = "The agency's own self-assessment in this cycle, with the partnership's challenges to answer")
    public Section11Views.Entry mine(@PathParam("cycleId") UUID cycleId) {
        return section11.view(section11.entryOf(section11.cycle(cycleId), callers.requireAgency()));
    }

    @PUT
    @Transactional
    @Path("/cycles/{cycleId}/assessments/mine")
    @AllowedRoles({RELEVANT_AGENCY, SAFEGUARDING_PARTNER})
    @Operation(summary = "Save a draft: per standard RAG, narrative and evidence with the date it refers to")
    public Section11Views.Entry save(@PathParam("cycleId") UUID cycleId, @NotNull(message = "body is required") @Valid Section11Requests.SaveAssessment request) {
        return section11.view(section11.save(cycleId, request));
    }

    @POST
    @Transactional
    @Path("/cycles/{cycleId}/assessments/mine/submit")
    @AllowedRoles({RELEVANT_AGENCY, SAFEGUARDING_PARTNER})
    @Operation(summary = "Submit the self-assessment (once): every standard rated with a narrative")
    public Section11Views.Entry submit(@PathParam("cycleId") UUID cycleId) {
        return section11.view(section11.submit(cycleId));
    }

    @POST
    @Transactional
    @Path("/cycles/{cycleId}/shared-assessments")
    @AllowedRoles({RELEVANT_AGENCY, SAFEGUARDING_PARTNER})
    @Operation(summary = "Share the agency's submitted self-assessment from another partnership to this cycle (submit once, share to many); this partnership evaluates it separately")
    public Response share(@PathParam("cycleId") UUID cycleId, @NotNull(message = "body is required") @Valid Section11Requests.Share request) {
        return Response.status(201).entity(section11.view(section11.share(cycleId, request))).build();
    }

    // ---------------------------------------------------------------- the partnership's evaluation

    @GET
    @Path("/cycles/{cycleId}/assessments")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "The agencies' self-assessments in this cycle with this partnership's evaluation (an agency: its own)")
    public List<Section11Views.Entry> entries(@PathParam("cycleId") UUID cycleId) {
        Section11Cycle c = section11.cycle(cycleId);
        return section11.entriesVisible(c).stream().filter(e -> callers.seesAllOr(e.ownerAgency)).map(section11::view).toList();
    }

    @GET
    @Path("/cycles/{cycleId}/assessments/{agency}")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "One agency's self-assessment with this partnership's evaluation")
    public Section11Views.Entry entry(@PathParam("cycleId") UUID cycleId, @PathParam("agency") String agency) {
        return section11.view(section11.entryOf(section11.cycle(cycleId), agency));
    }

    @PUT
    @Transactional
    @Path("/cycles/{cycleId}/assessments/{agency}/moderation")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "The panel's moderated rating per standard")
    public Section11Views.Entry moderate(@PathParam("cycleId") UUID cycleId, @PathParam("agency") String agency,
                                         @NotNull(message = "body is required") @Valid Section11Requests.Moderate request) {
        return section11.view(section11.moderate(cycleId, agency, request));
    }

    @POST
    @Transactional
    @Path("/cycles/{cycleId}/assessments/{agency}/challenges")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR})
    @Operation(summary = "Ask a challenge question the agency must answer before the outcome is agreed")
    public Response challenge(@PathParam("cycleId") UUID cycleId, @PathParam("agency") String agency,
                              @NotNull(message = "body is required") @Valid Section11Requests.Challenge request) {
        return Response.status(201).entity(Section11Views.Challenge.of(section11.challenge(cycleId, agency, request))).build();
    }

    @POST
    @Transactional
    @Path("/cycles/{cycleId}/assessments/{agency}/challenges/{challengeId}/answer")
    @AllowedRoles({RELEVANT_AGENCY, SAFEGUARDING_PARTNER})
    @Operation(summary = "The agency answers a challenge question (once)")
    public Section11Views.Challenge answer(@PathParam("cycleId") UUID cycleId, @PathParam("agency") String agency,
                                           @PathParam("challengeId") UUID challengeId,
                                           @NotNull(message = "body is required") @Valid Section11Requests.Answer request) {
        return Section11Views.Challenge.of(section11.answer(cycleId, agency, challengeId, request));
    }

    @POST
    @Transactional
    @Path("/cycles/{cycleId}/assessments/{agency}/outcome")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Agree the outcome (every standard moderated, every challenge answered); publishes Section11EvaluationAgreed")
    public Section11Views.Entry agree(@PathParam("cycleId") UUID cycleId, @PathParam("agency") String agency,
                                      @NotNull(message = "body is required") @Valid Section11Requests.AgreeOutcome request) {
        return section11.view(section11.agree(cycleId, agency, request));
    }

    @PUT
    @Transactional
    @Path("/cycles/{cycleId}/assessments/{agency}/chair-feedback")
    @AllowedRoles(INDEPENDENT_CHAIR)
    @Operation(summary = "The independent chair's feedback to the agency")
    public Section11Views.Entry chairFeedback(@PathParam("cycleId") UUID cycleId, @PathParam("agency") String agency,
                                              @NotNull(message = "body is required") @Valid Section11Requests.ChairFeedback request) {
        return section11.view(section11.chairFeedback(cycleId, agency, request));
    }

    @PUT
    @Transactional
    @Path("/cycles/{cycleId}/assessments/{agency}/staff-survey")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Attach the agency's front-line staff survey results")
    public Section11Views.Entry staffSurvey(@PathParam("cycleId") UUID cycleId, @PathParam("agency") String agency,
                                            @NotNull(message = "body is required") @Valid Section11Requests.StaffSurvey request) {
        return section11.view(section11.staffSurvey(cycleId, agency, request));
    }

    @POST
    @Transactional
    @Path("/cycles/{cycleId}/assessments/{agency}/actions")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER})
    @Operation(summary = "Issue an improvement action for the agency after its evaluation: RecommendationIssued (source SECTION_11) to action-plans")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response issueAction(@PathParam("cycleId") UUID cycleId, @PathParam("agency") String agency,
                                @NotNull(message = "body is required") @Valid RecommendationRequest request) {
        var rec = section11.issueAction(cycleId, agency, request);
        return Response.status(201).entity(recommendations.view(rec)).build();
    }

    @GET
    @Path("/cycles/{cycleId}/assessments/{agency}/actions")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR, RELEVANT_AGENCY})
    @Operation(summary = "The agency's improvement actions from this cycle and their progress in action-plans")
    public List<RecommendationView> actions(@PathParam("cycleId") UUID cycleId, @PathParam("agency") String agency) {
        Section11Cycle c = section11.cycle(cycleId);
        section11.entryOf(c, agency);
        return recommendations.of(c.id, agency);
    }
}
