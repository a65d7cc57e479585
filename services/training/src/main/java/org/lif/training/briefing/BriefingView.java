package org.lif.training.briefing;

import org.lif.contracts.SourceType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record BriefingView(UUID id, String title, BriefingKind kind, String summary, String link, SourceType sourceType,
                           String sourceId, String sourceTitle, List<String> themes, BriefingStatus status,
                           OffsetDateTime publishedAt, int agenciesCascaded, long staffReached) {

    public static BriefingView of(Briefing b, List<BriefingCascade> cascades) {
        return new BriefingView(b.id, b.title, b.kind, b.summary, b.link, b.sourceType, b.sourceId, b.sourceTitle,
                List.copyOf(b.themes), b.status, b.publishedAt,
                (int) cascades.stream().map(c -> c.ownerAgency).distinct().count(),
                cascades.stream().mapToLong(c -> c.countReached).sum());
    }

    public record CascadeView(UUID id, String agency, int countReached, LocalDate cascadedOn, String note, String recordedBy) {
        public static CascadeView of(BriefingCascade c) {
            return new CascadeView(c.id, c.ownerAgency, c.countReached, c.cascadedOn, c.note, c.recordedBy);
        }
    }
}
