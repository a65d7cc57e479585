package org.lif.reporting.priorities;

import java.time.OffsetDateTime;
import java.util.UUID;

public record PriorityView(UUID id, int year, String theme, Priority.Decision decision, String rationale, String updatedBy,
                           OffsetDateTime updatedAt, ThemeEvidence.Evidence evidence) {
}
