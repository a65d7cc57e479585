package org.lif.training.session;

import org.lif.training.course.Delivery;

import java.time.OffsetDateTime;
import java.util.UUID;

public record SessionView(UUID id, UUID courseId, String courseTitle, Delivery delivery, OffsetDateTime startsAt,
                          OffsetDateTime endsAt, String venue, String onlineLink, String trainer, int capacity, int booked,
                          int placesLeft, long waiting, SessionStatus status, String cancelReason) {

    public static SessionView of(TrainingSession s, long waiting) {
        return new SessionView(s.id, s.course.id, s.course.title, s.course.delivery, s.startsAt, s.endsAt, s.venue, s.onlineLink,
                s.trainer, s.capacity, s.booked, s.placesLeft(), waiting, s.status, s.cancelReason);
    }
}
