package org.lif.reviews.impact;

import java.time.LocalDate;
import java.util.UUID;

public record ImpactEventView(UUID id, UUID reviewId, String title, LocalDate plannedOn, ImpactEvent.Status status,
                              LocalDate heldOn, Integer participants, ImpactEvent.PracticeChanged practiceChanged,
                              String findings) {
    static ImpactEventView of(ImpactEvent e) {
        return new ImpactEventView(e.id, e.reviewId, e.title, e.plannedOn, e.status, e.heldOn, e.participants,
                e.practiceChanged, e.findings);
    }
}
