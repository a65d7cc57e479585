package org.lif.training.briefing;

public enum BriefingStatus {
    DRAFT, PUBLISHED
}
