package org.lif.actionplans.challenge;

import org.lif.platform.scrutiny.ChallengeStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

public record ChallengeView(UUID id, String question, String raisedBy, OffsetDateTime raisedAt, ChallengeStatus status,
                            String answer, String answeredBy, OffsetDateTime answeredAt) {
    public static ChallengeView of(Challenge c) {
        return new ChallengeView(c.id, c.question, c.raisedBy, c.raisedAt, c.response.status, c.response.answer, c.response.answeredBy,
                c.response.answeredAt);
    }
}
