package org.lif.training.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.contracts.training.EvaluationSubmittedV1;
import org.lif.contracts.training.TrainingEvents;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.problem.Problems;
import org.lif.training.booking.Attendance;
import org.lif.training.booking.Booking;
import org.lif.training.booking.BookingService;
import org.lif.training.common.Callers;
import org.lif.platform.time.Today;

import java.util.List;
import java.util.UUID;

/** Post-course evaluations: by the attendee, once, after attending; they release the certificate. */
@ApplicationScoped
public class EvaluationService {

    @Inject
    BookingService bookings;
    @Inject
    Callers callers;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    Today today;

    @Transactional
    public Evaluation submit(UUID bookingId, EvaluationRequests.Submit r) {
        Booking b = bookings.visible(bookingId);
        if (!b.practitioner.equals(callers.username())) {
            throw Problems.forbidden("Only the attendee evaluates their course.");
        }
        if (b.attendance != Attendance.ATTENDED) {
            throw Problems.conflict("The evaluation opens once your attendance has been recorded.");
        }
        if (Evaluation.findById(b.id) != null) {
            throw Problems.conflict("The evaluation has already been submitted.");
        }
        Evaluation e = new Evaluation();
        e.bookingId = b.id;
        e.ownerAgency = b.ownerAgency;
        e.confidenceBefore = r.confidenceBefore();
        e.confidenceAfter = r.confidenceAfter();
        e.outcomesMet = r.outcomesMet();
        e.comments = r.comments();
        e.submittedAt = today.now();
        e.persist();
        audit.recordForAgency(b.ownerAgency, "evaluation", b.id, "SUBMITTED", null, e.outcomesMet, null);
        outbox.publish(TrainingEvents.EVALUATION_SUBMITTED, b.partnershipId, b.id.toString(),
                new EvaluationSubmittedV1(b.id.toString(), b.session.id.toString(), b.session.course.id.toString(), b.ownerAgency,
                        e.confidenceBefore, e.confidenceAfter, e.outcomesMet.name(), List.copyOf(b.session.course.themes)));
        return e;
    }

    /** The booking's evaluation, for its author or the partnership team (free text stays with them). */
    public Evaluation of(UUID bookingId) {
        Booking b = bookings.visible(bookingId);
        if (!b.practitioner.equals(callers.username()) && !callers.partnershipTeam()) {
            throw Problems.forbidden("Evaluations are shown to their author and the partnership team only; see the figures for aggregates.");
        }
        Evaluation e = Evaluation.findById(b.id);
        if (e == null) {
            throw Problems.notFound("Evaluation of booking", bookingId);
        }
        return e;
    }

    /** The certificate's booking: the attendee's own (or any, for the partnership team), attended and evaluated. */
    public Booking certifiable(UUID bookingId) {
        Booking b = bookings.visible(bookingId);
        if (!b.practitioner.equals(callers.username()) && !callers.partnershipTeam()) {
            throw Problems.forbidden("A certificate is issued to its attendee.");
        }
        if (b.attendance != Attendance.ATTENDED) {
            throw Problems.conflict("A certificate is issued only for attended training.");
        }
        if (Evaluation.findById(b.id) == null) {
            throw Problems.conflict("The certificate is available once the evaluation has been submitted.");
        }
        return b;
    }
}
