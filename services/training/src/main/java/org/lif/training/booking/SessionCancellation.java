package org.lif.training.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.contracts.training.SessionCancelledV1;
import org.lif.contracts.training.TrainingEvents;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.problem.Problems;
import org.lif.platform.time.Today;
import org.lif.training.session.SessionService;
import org.lif.training.session.SessionStatus;
import org.lif.training.session.TrainingSession;

import java.util.List;
import java.util.UUID;

/** The organiser cancels a session: every booker (confirmed and waiting) is told and their booking released. */
@ApplicationScoped
public class SessionCancellation {

    @Inject
    SessionService sessions;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    BookingMails mails;
    @Inject
    Today today;

    @Transactional
    public TrainingSession cancel(UUID sessionId, String reason) {
        TrainingSession s = sessions.locked(sessionId);
        if (s.status == SessionStatus.CANCELLED) {
            throw Problems.conflict("The session is already cancelled.");
        }
        if (sessions.started(s)) {
            throw Problems.conflict("The session has started and cannot be cancelled.");
        }
        List<Booking> live = Booking.list("session = ?1 and status in ?2", s, List.of(BookingStatus.CONFIRMED, BookingStatus.WAITING));
        for (Booking b : live) {
            BookingStatus from = b.status;
            b.status = BookingStatus.CANCELLED;
            b.cancelledAt = today.now();
            b.waitingPosition = null;
            audit.recordForAgency(b.ownerAgency, BookingService.ENTITY, b.id, "RELEASED", from, b.status, "session cancelled");
            mails.sessionCancelled(b, reason);
        }
        SessionStatus from = s.status;
        s.status = SessionStatus.CANCELLED;
        s.cancelReason = reason;
        s.booked = 0;
        audit.record(SessionService.ENTITY, s.id, "CANCELLED", from, s.status, reason);
        outbox.publish(TrainingEvents.SESSION_CANCELLED, s.partnershipId, s.id.toString(),
                new SessionCancelledV1(s.id.toString(), s.course.id.toString(), s.startsAt, live.size()));
        return s;
    }
}
