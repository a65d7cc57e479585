package org.lif.training.briefing;

public enum BriefingKind {
    SEVEN_MINUTE_BRIEFING, LEARNING_EVENT, WORKSHOP, PRACTICE_GUIDANCE
}
