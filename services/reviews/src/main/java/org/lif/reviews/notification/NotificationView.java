package org.lif.reviews.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A notification as recorded.
 *
 * @param notificationDueOn the last day of the notification clock (working days from becoming aware)
 * @param late              notified after the due day: flagged, not refused
 * @param lateByWorkingDays how many working days late (0 when in time)
 */
public record NotificationView(UUID id, LocalDate becameAwareOn, LocalDate notifiedOn, LocalDate notificationDueOn,
                               boolean late, int lateByWorkingDays, List<ChildRecord> children, String summary,
                               List<String> agenciesInvolved, UUID rapidReviewId, OffsetDateTime createdAt, String createdBy) {
}
