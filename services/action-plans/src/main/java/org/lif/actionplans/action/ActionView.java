package org.lif.actionplans.action;

import org.lif.contracts.SourceType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An action as clients see it; {@code progress} and {@code dueDateHistory} only on the single-action read. */
public record ActionView(UUID id, UUID planId, String planTitle, SourceType sourceType, String sourceReference,
                         String description, String ownerAgency, String lead, LocalDate dueDate, ActionStatus status,
                         Rag rag, boolean overdue, SignOffView signOff, String completionSummary, String recommendationId,
                         OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
                         List<ProgressView> progress, List<DueDateChangeView> dueDateHistory) {

    public record SignOffView(SignOffStatus status, String by, OffsetDateTime at, String reason) {
    }

    public record ProgressView(UUID id, String note, List<Evidence> evidence, OffsetDateTime recordedAt, String recordedBy) {
        static ProgressView of(ProgressUpdate p) {
            return new ProgressView(p.id, p.note, List.copyOf(p.evidence), p.recordedAt, p.recordedBy);
        }
    }

    public record DueDateChangeView(LocalDate from, LocalDate to, String reason, String changedBy, OffsetDateTime changedAt) {
        static DueDateChangeView of(DueDateChange c) {
            return new DueDateChangeView(c.fromDate, c.toDate, c.reason, c.changedBy, c.changedAt);
        }
    }
}
