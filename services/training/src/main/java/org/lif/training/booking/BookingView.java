package org.lif.training.booking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

public record BookingView(UUID id, UUID sessionId, UUID courseId, String courseTitle, OffsetDateTime sessionStartsAt,
                          String practitioner, String name, String agency, Sector sector, String lineManagerEmail,
                          BookingStatus status, Long waitingPosition, OffsetDateTime createdAt, OffsetDateTime cancelledAt,
                          boolean lateCancellation, Attendance attendance, ChargeReason chargeReason, BigDecimal chargeAmount) {

    public static BookingView of(Booking b) {
        return new BookingView(b.id, b.session.id, b.session.course.id, b.session.course.title, b.session.startsAt,
                b.practitioner, b.practitionerName, b.ownerAgency, b.sector, b.lineManagerEmail, b.status, b.waitingPosition,
                b.createdAt, b.cancelledAt, b.lateCancellation, b.attendance, b.chargeReason, b.chargeAmount);
    }
}
