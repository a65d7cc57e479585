package org.lif.training.session;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.idempotency.IdempotencyInterceptor;
import org.lif.platform.idempotency.Idempotent;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.training.attendance.AttendanceRequests;
import org.lif.training.attendance.AttendanceService;
import org.lif.training.booking.Booking;
import org.lif.training.booking.BookingRequests;
import org.lif.training.booking.BookingService;
import org.lif.training.booking.BookingStatus;
import org.lif.training.booking.BookingView;
import org.lif.training.booking.SessionCancellation;
import org.lif.training.evaluation.Evaluation;
import org.lif.training.evaluation.EvaluationView;

import java.util.List;
import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.INDEPENDENT_CHAIR;
import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.PRACTITIONER;
import static org.lif.platform.tenancy.PartnershipRole.RELEVANT_AGENCY;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/** Sessions of the courses: planning, publishing, cancelling, booking, attendance. */
@Path("/api/v1/partnerships/{partnershipId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class SessionResource {

    private static final String IDEMPOTENCY = "Optional. A retry with the same key and request returns the first answer instead of creating again.";

    @Inject
    SessionService sessions;
    @Inject
    BookingService bookings;
    @Inject
    SessionCancellation cancellation;
    @Inject
    AttendanceService attendance;
    @Context
    UriInfo uri;

    private static SessionView view(TrainingSession s) {
        return SessionView.of(s, Booking.count("session = ?1 and status = ?2", s, BookingStatus.WAITING));
    }

    @POST
    @Transactional
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Plan a session of a course (a draft until published; a past date records training already delivered)")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false, description = IDEMPOTENCY)
    public Response create(@NotNull(message = "body is required") @Valid SessionRequests.CreateSession request) {
        TrainingSession s = sessions.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build()).entity(view(s)).build();
    }

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, PRACTITIONER, INDEPENDENT_CHAIR})
    @Operation(summary = "List sessions by start (drafts: partnership team only)")
    public PagedList<SessionView> list(@QueryParam("courseId") UUID courseId, @QueryParam("upcoming") Boolean upcoming,
                                       @QueryParam("status") SessionStatus status, @Valid @BeanParam PageRequest page) {
        PagedList<TrainingSession> found = sessions.list(courseId, upcoming, status, page);
        return new PagedList<>(found.items().stream().map(SessionResource::view).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    @GET
    @Path("/{sessionId}")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, PRACTITIONER, INDEPENDENT_CHAIR})
    @Operation(summary = "One session with its places left and waiting list length")
    public SessionView get(@PathParam("sessionId") UUID sessionId) {
        return view(sessions.visible(sessionId));
    }

    @POST
    @Transactional
    @Path("/{sessionId}/publish")
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Publish a draft session: it becomes bookable")
    public SessionView publish(@PathParam("sessionId") UUID sessionId) {
        return view(sessions.publish(sessionId));
    }

    @POST
    @Transactional
    @Path("/{sessionId}/cancel")
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Cancel a session: every booker is told by email and their booking released")
    public SessionView cancel(@PathParam("sessionId") UUID sessionId, @NotNull(message = "body is required") @Valid SessionRequests.CancelSession request) {
        return view(cancellation.cancel(sessionId, request.reason()));
    }

    @POST
    @Transactional
    @Path("/{sessionId}/bookings")
    @AllowedRoles({PRACTITIONER, RELEVANT_AGENCY, SAFEGUARDING_PARTNER})
    @Operation(summary = "Book a place for yourself (agency from your token); a full session puts you on the waiting list")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false, description = IDEMPOTENCY)
    public Response book(@PathParam("sessionId") UUID sessionId, @NotNull(message = "body is required") @Valid BookingRequests.Book request) {
        Booking b = bookings.book(sessionId, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/partnerships/{p}/bookings/{b}")
                .build(uri.getPathParameters().getFirst("partnershipId"), b.id)).entity(BookingView.of(b)).build();
    }

    @POST
    @Transactional
    @Path("/{sessionId}/registrations")
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "The organiser registers someone (phone booking, or an attendee of training already delivered)")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false, description = IDEMPOTENCY)
    public Response register(@PathParam("sessionId") UUID sessionId, @NotNull(message = "body is required") @Valid BookingRequests.Register request) {
        Booking b = bookings.register(sessionId, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/partnerships/{p}/bookings/{b}")
                .build(uri.getPathParameters().getFirst("partnershipId"), b.id)).entity(BookingView.of(b)).build();
    }

    @POST
    @Transactional
    @Path("/{sessionId}/attendance")
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Record attended / did not attend (from the session's start); non-attendance carries the partnership's charge")
    public List<BookingView> attendance(@PathParam("sessionId") UUID sessionId, @NotNull(message = "body is required") @Valid AttendanceRequests.Register request) {
        return attendance.record(sessionId, request).stream().map(BookingView::of).toList();
    }

    @GET
    @Path("/{sessionId}/evaluations")
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "The session's evaluations with free text (partnership team only)")
    public List<EvaluationView> evaluations(@PathParam("sessionId") UUID sessionId) {
        TrainingSession s = sessions.visible(sessionId);
        return Evaluation.<Evaluation>list("bookingId in (select b.id from Booking b where b.session = ?1)", s).stream()
                .map(EvaluationView::of).toList();
    }
}
