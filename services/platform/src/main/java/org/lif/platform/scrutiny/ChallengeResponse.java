package org.lif.platform.scrutiny;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.lif.platform.problem.Problems;

import java.time.OffsetDateTime;

/**
 * The partnership's answer to a challenge of the independent chair (on a plan in action-plans, on a review in
 * reviews), embedded in the service's own challenge row: columns {@code status}, {@code answer}, {@code answered_by},
 * {@code answered_at}.
 */
@Embeddable
public class ChallengeResponse {
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ChallengeStatus status = ChallengeStatus.OPEN;
    @Column(name = "answer")
    public String answer;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    /** Records the answer; a challenge is answered once (409 otherwise). */
    public void give(String answer, String by, OffsetDateTime at) {
        if (status == ChallengeStatus.ANSWERED) {
            throw Problems.conflict("The challenge has already been answered.");
        }
        this.status = ChallengeStatus.ANSWERED;
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = at;
    }
}
