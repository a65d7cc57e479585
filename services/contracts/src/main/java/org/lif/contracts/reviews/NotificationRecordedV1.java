package org.lif.contracts.reviews;

import java.time.LocalDate;
import java.util.List;

/**
 * A serious incident notification was recorded and its rapid review opened. No child data: only counts.
 *
 * @param notificationId    id of the notification
 * @param rapidReviewId     id of the rapid review opened for it
 * @param becameAwareOn     the day the local authority became aware
 * @param notifiedOn        the day the national Panel was notified
 * @param notificationDueOn the last day of the notification clock (working days from becoming aware)
 * @param late              notified after {@code notificationDueOn}
 * @param childCount        1 to 4
 * @param deaths            how many of the children died
 * @param lookedAfterCount  how many of the children were looked after
 * @param agenciesInvolved  agency ids
 */
public record NotificationRecordedV1(String notificationId, String rapidReviewId, LocalDate becameAwareOn,
                                     LocalDate notifiedOn, LocalDate notificationDueOn, boolean late, int childCount,
                                     int deaths, int lookedAfterCount, List<String> agenciesInvolved) {
}
