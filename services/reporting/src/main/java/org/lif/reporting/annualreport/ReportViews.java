package org.lif.reporting.annualreport;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lif.reporting.common.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Requests and responses of the yearly report API. */
public final class ReportViews {

    private ReportViews() {
    }

    public record Create(@NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later")
                         @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
    }

    public record Narrative(@NotNull(message = "is required") @Size(max = 20000, message = "at most 20000 characters") String narrative) {
    }

    /** @param flags where evidence is missing (and whether the narrative is still to be written) */
    public record SectionView(String key, String title, String narrative, List<Table> figures, List<String> flags) {
    }

    public record Summary(UUID id, int year, int version, AnnualReport.Status status, OffsetDateTime assembledAt,
                          OffsetDateTime finalisedAt, OffsetDateTime publishedAt) {
    }

    /** The whole report: the JSON export. */
    public record Report(UUID id, String partnershipId, int year, int version, AnnualReport.Status status, LocalDate periodFrom,
                         LocalDate periodTo, OffsetDateTime assembledAt, OffsetDateTime finalisedAt, String finalisedBy,
                         OffsetDateTime publishedAt, List<SectionView> sections) {
    }
}
