package org.lif.platform.scrutiny;

/** A challenge of the independent chair waits for the partnership's answer, once. */
public enum ChallengeStatus {
    OPEN, ANSWERED
}
