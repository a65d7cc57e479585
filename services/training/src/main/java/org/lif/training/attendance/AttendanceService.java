package org.lif.training.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.contracts.training.AttendanceRecordedV1;
import org.lif.contracts.training.TrainingEvents;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.problem.Problems;
import org.lif.training.booking.Attendance;
import org.lif.training.booking.Booking;
import org.lif.training.booking.BookingService;
import org.lif.training.booking.BookingStatus;
import org.lif.training.booking.ChargeReason;
import org.lif.training.common.Notifier;
import org.lif.training.session.SessionService;
import org.lif.training.session.SessionStatus;
import org.lif.training.session.TrainingSession;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The organiser records who attended a session that has started. Non-attendance carries the partnership's
 * non-attendance charge (if any) to the attendee's agency. Attendees are asked for their evaluation.
 */
@ApplicationScoped
public class AttendanceService {

    @Inject
    SessionService sessions;
    @Inject
    ChargeSettings charges;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    Notifier notifier;

    @Transactional
    public List<Booking> record(UUID sessionId, AttendanceRequests.Register request) {
        TrainingSession s = sessions.locked(sessionId);
        if (s.status != SessionStatus.PUBLISHED && s.status != SessionStatus.DRAFT) {
            throw Problems.conflict("Attendance cannot be recorded for a cancelled session.");
        }
        if (!sessions.started(s)) {
            throw Problems.conflict("The session has not started yet: attendance is recorded from its start.");
        }
        BigDecimal charge = charges.current().nonAttendanceCharge();
        List<Booking> done = new ArrayList<>();
        for (int i = 0; i < request.attendees().size(); i++) {
            AttendanceRequests.Mark mark = request.attendees().get(i);
            Booking b = Booking.findById(mark.bookingId());
            if (b == null || !b.session.id.equals(s.id)) {
                throw Problems.invalid("attendees[" + i + "].bookingId", "is not a booking on this session");
            }
            if (b.status != BookingStatus.CONFIRMED) {
                throw Problems.invalid("attendees[" + i + "].bookingId", "is not a confirmed booking (" + b.status + ")");
            }
            Attendance from = b.attendance;
            b.attendance = mark.attendance();
            boolean charged = mark.attendance() == Attendance.DID_NOT_ATTEND && charge.signum() > 0;
            b.chargeReason = charged ? ChargeReason.NON_ATTENDANCE : null;
            b.chargeAmount = charged ? charge : null;
            audit.recordForAgency(b.ownerAgency, BookingService.ENTITY, b.id, "ATTENDANCE", from, b.attendance, charged ? "charge " + charge : null);
            outbox.publish(TrainingEvents.ATTENDANCE_RECORDED, b.partnershipId, b.id.toString(),
                    new AttendanceRecordedV1(b.id.toString(), s.id.toString(), s.course.id.toString(), b.ownerAgency,
                            b.attendance == Attendance.ATTENDED, charged ? charge.movePointRight(2).intValue() : 0));
            if (b.attendance == Attendance.ATTENDED && from != Attendance.ATTENDED) {
                notifier.tell(b.email, "Your evaluation: " + s.course.title,
                        "Thank you for attending " + s.course.title + ". Please complete the evaluation in LIF: your certificate is available once it is submitted.");
            }
            done.add(b);
        }
        return done;
    }
}
