package org.lif.training.booking;

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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.training.evaluation.CertificatePdf;
import org.lif.training.evaluation.EvaluationRequests;
import org.lif.training.evaluation.EvaluationService;
import org.lif.training.evaluation.EvaluationView;

import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.PRACTITIONER;
import static org.lif.platform.tenancy.PartnershipRole.RELEVANT_AGENCY;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/** Bookings: a practitioner's own; an agency lead's agency's; all for the partnership team. */
@Path("/api/v1/partnerships/{partnershipId}/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings")
@AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, PRACTITIONER})
public class BookingResource {

    @Inject
    BookingService bookings;
    @Inject
    EvaluationService evaluations;
    @Inject
    CertificatePdf certificates;
    @Inject
    PartnershipContext context;

    @GET
    @Operation(summary = "List bookings the caller may see, by session date")
    public PagedList<BookingView> list(@QueryParam("sessionId") UUID sessionId, @QueryParam("status") BookingStatus status,
                                       @QueryParam("agency") String agency, @Valid @BeanParam PageRequest page) {
        return bookings.list(sessionId, status, agency, page);
    }

    @GET
    @Path("/{bookingId}")
    @Operation(summary = "One booking")
    public BookingView get(@PathParam("bookingId") UUID bookingId) {
        return BookingView.of(bookings.visible(bookingId));
    }

    @POST
    @Transactional
    @Path("/{bookingId}/cancel")
    @Operation(summary = "Cancel a booking (the booker, or the partnership team); after the cut-off a self-cancellation counts as late")
    public BookingView cancel(@PathParam("bookingId") UUID bookingId) {
        return BookingView.of(bookings.cancel(bookingId));
    }

    @POST
    @Transactional
    @Path("/{bookingId}/evaluation")
    @AllowedRoles({SAFEGUARDING_PARTNER, RELEVANT_AGENCY, PRACTITIONER})
    @Operation(summary = "The attendee submits the post-course evaluation (once, after attending)")
    public Response evaluate(@PathParam("bookingId") UUID bookingId, @NotNull(message = "body is required") @Valid EvaluationRequests.Submit request) {
        return Response.status(201).entity(EvaluationView.of(evaluations.submit(bookingId, request))).build();
    }

    @GET
    @Path("/{bookingId}/evaluation")
    @Operation(summary = "The booking's evaluation (its author and the partnership team only)")
    public EvaluationView evaluation(@PathParam("bookingId") UUID bookingId) {
        return EvaluationView.of(evaluations.of(bookingId));
    }

    @GET
    @Path("/{bookingId}/certificate")
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(summary = "Certificate of attendance (PDF), available once the evaluation is submitted")
    public Response certificate(@PathParam("bookingId") UUID bookingId) {
        byte[] pdf = certificates.render(evaluations.certifiable(bookingId), context.partnershipId());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + bookingId + ".pdf\"").build();
    }
}
