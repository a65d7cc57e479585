package org.lif.reviews.notification;

/** A child's age band: never a date of birth. */
public enum AgeBand {
    UNDER_ONE, ONE_TO_FOUR, FIVE_TO_NINE, TEN_TO_FOURTEEN, FIFTEEN_TO_SEVENTEEN
}
