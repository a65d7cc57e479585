package org.lif.reviews.notification;

/** A child in a notification, by pseudonym only. */
public record ChildRecord(String pseudonym, AgeBand ageBand, Harm harm, boolean lookedAfter) {
}
