package org.lif.reviews.conduct;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Involvement and findings as callers see them. */
public final class ConductViews {

    private ConductViews() {
    }

    public record InvolvementView(UUID id, Involvement.Participant participant, String role, String agency,
                                  Involvement.Outcome outcome, LocalDate recordedOn) {
        static InvolvementView of(Involvement i) {
            return new InvolvementView(i.id, i.participant, i.role, i.agency, i.outcome, i.recordedOn);
        }
    }

    public record FindingView(UUID id, String text, List<String> themes, OffsetDateTime recordedAt) {
        static FindingView of(Finding f) {
            return new FindingView(f.id, f.text, f.themes, f.recordedAt);
        }
    }
}
