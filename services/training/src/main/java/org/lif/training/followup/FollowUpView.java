package org.lif.training.followup;

import java.time.OffsetDateTime;
import java.util.UUID;

public record FollowUpView(UUID id, UUID bookingId, String courseTitle, String practitioner, String agency, int monthsAfter,
                           FollowUpStatus status, OffsetDateTime issuedAt, OffsetDateTime expiresAt, int remindersSent,
                           OffsetDateTime answeredAt, Integer practiceChanged, Integer confidenceNow, String example,
                           Integer lineManagerScore, String lineManagerComment) {

    public static FollowUpView of(ImpactFollowUp f) {
        return new FollowUpView(f.id, f.booking.id, f.booking.session.course.title, f.booking.practitioner, f.ownerAgency,
                f.monthsAfter, f.status, f.issuedAt, f.expiresAt, f.remindersSent, f.answeredAt, f.practiceChanged, f.confidenceNow,
                f.example, f.lineManagerScore, f.lineManagerComment);
    }
}
