package org.lif.training.session;

/** DRAFT (being planned, not bookable) → PUBLISHED (bookable) → CANCELLED. */
public enum SessionStatus {
    DRAFT, PUBLISHED, CANCELLED
}
