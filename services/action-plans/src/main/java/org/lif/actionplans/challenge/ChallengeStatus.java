package org.lif.actionplans.challenge;

public enum ChallengeStatus {
    OPEN, ANSWERED
}
