package org.lif.training.followup;

import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.training.booking.BookingService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.PRACTITIONER;
import static org.lif.platform.tenancy.PartnershipRole.RELEVANT_AGENCY;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/** Impact follow-ups months after a course: answered by the attendee, optionally with the line manager's view. */
@Path("/api/v1/partnerships/{partnershipId}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Impact follow-ups")
@AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, PRACTITIONER})
public class FollowUpResource {

    @Inject
    FollowUpService followUps;
    @Inject
    FollowUpJob job;
    @Inject
    BookingService bookings;
    @Inject
    PartnershipContext context;

    @GET
    @Operation(summary = "Follow-ups the caller may see (own; agency's for agency leads; all for the partnership team)")
    public PagedList<FollowUpView> list(@QueryParam("status") FollowUpStatus status, @Valid @BeanParam PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        bookings.scope(where, params);
        if (status != null) {
            where.add("f.status = :status");
            params.put("status", status);
        }
        String jpql = "from ImpactFollowUp f join fetch f.booking b join fetch b.session s join fetch s.course"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return PagedList.of(ImpactFollowUp.find(jpql, Sort.descending("f.issuedAt").and("f.id"), params), page,
                f -> FollowUpView.of((ImpactFollowUp) f));
    }

    @GET
    @Path("/{followUpId}")
    @Operation(summary = "One follow-up")
    public FollowUpView get(@PathParam("followUpId") UUID id) {
        return FollowUpView.of(followUps.visible(id));
    }

    @POST
    @Transactional
    @Path("/{followUpId}/answer")
    @Operation(summary = "The attendee answers: has the course changed your practice?")
    public FollowUpView answer(@PathParam("followUpId") UUID id, @NotNull(message = "body is required") @Valid FollowUpRequests.Answer request) {
        return FollowUpView.of(followUps.answer(id, request));
    }

    @POST
    @Transactional
    @Path("/{followUpId}/line-manager-view")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY})
    @Operation(summary = "Record the line manager's view of the change in practice (attendee's agency lead or partnership team)")
    public FollowUpView lineManagerView(@PathParam("followUpId") UUID id, @NotNull(message = "body is required") @Valid FollowUpRequests.LineManagerView request) {
        return FollowUpView.of(followUps.lineManagerView(id, request));
    }

    @POST
    @Path("/run")
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Run the follow-up check for this partnership now (issue due follow-ups, send reminders, expire)")
    public FollowUpJob.Result run() {
        return job.run(context.partnershipId());
    }
}
