package org.lif.training.common;

/** An email to send once the current transaction commits (see {@link Notifier}). */
public record OutgoingMail(String to, String subject, String text) {
}
