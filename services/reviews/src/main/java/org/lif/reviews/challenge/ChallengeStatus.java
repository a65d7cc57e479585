package org.lif.reviews.challenge;

/** A challenge waits for the partnership's answer, once. */
public enum ChallengeStatus {
    OPEN, ANSWERED
}
