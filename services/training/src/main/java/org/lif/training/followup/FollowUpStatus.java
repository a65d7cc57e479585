package org.lif.training.followup;

public enum FollowUpStatus {
    OPEN, ANSWERED, EXPIRED
}
