package org.lif.training.attendance;

import org.lif.training.booking.Booking;
import org.lif.training.booking.ChargeReason;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One charge to an agency: who (booking), for which session, why and how much. */
public record ChargeView(UUID bookingId, String agency, String practitioner, String name, UUID sessionId, String courseTitle,
                         OffsetDateTime sessionStartsAt, ChargeReason reason, BigDecimal amount) {

    public static ChargeView of(Booking b) {
        return new ChargeView(b.id, b.ownerAgency, b.practitioner, b.practitionerName, b.session.id, b.session.course.title,
                b.session.startsAt, b.chargeReason, b.chargeAmount);
    }
}
