package org.lif.training.evaluation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One evaluation, free text included: shown to its author and the partnership team only. */
public record EvaluationView(UUID bookingId, String agency, int confidenceBefore, int confidenceAfter, OutcomesMet outcomesMet,
                             String comments, OffsetDateTime submittedAt) {

    public static EvaluationView of(Evaluation e) {
        return new EvaluationView(e.bookingId, e.ownerAgency, e.confidenceBefore, e.confidenceAfter, e.outcomesMet, e.comments, e.submittedAt);
    }
}
