package org.lif.contracts.reviews;

import java.time.LocalDate;
import java.util.List;

/**
 * A rapid review was signed off by the safeguarding partners and sent to the national Panel.
 *
 * @param reviewId        id of the rapid review
 * @param notificationId  the notification it followed
 * @param dueOn           the last day of the rapid-review clock
 * @param submittedOn     the day it was sent to the Panel
 * @param withinTimescale {@code submittedOn <= dueOn}
 * @param decision        LCSPR, OTHER_LOCAL_REVIEW, NATIONAL_REVIEW or NO_FURTHER_REVIEW
 * @param signedOffBy     partner organisation types that signed off (LOCAL_AUTHORITY, POLICE, HEALTH)
 */
public record RapidReviewCompletedV1(String reviewId, String notificationId, LocalDate dueOn, LocalDate submittedOn,
                                     boolean withinTimescale, String decision, List<String> signedOffBy) {
}
