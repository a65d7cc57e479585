package org.lif.contracts.training;

import java.time.OffsetDateTime;

/**
 * A session was cancelled by the organiser; every booking on it (places and waiting list) was released.
 *
 * @param bookingsReleased number of confirmed and waiting bookings released
 */
public record SessionCancelledV1(String sessionId, String courseId, OffsetDateTime startsAt, int bookingsReleased) {
}
