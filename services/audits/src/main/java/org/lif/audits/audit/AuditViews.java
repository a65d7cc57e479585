package org.lif.audits.audit;

import org.lif.audits.recommendation.RecommendationView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the API answers about audits. */
public final class AuditViews {

    private AuditViews() {
    }

    public record Summary(UUID id, String title, AuditType type, AuditStatus status, int programmeYear, List<String> themes,
                          String subgroup, LocalDate plannedStart, LocalDate plannedEnd, String lead, String ownerAgency,
                          LocalDate completedOn, boolean overdue) {
    }

    /** Whether an agency's return is in; overdue when the due date passed without it. */
    public record ReturnStatus(String agency, AuditReturn.Status status, LocalDate submittedOn, boolean overdue) {
    }

    public record Detail(Summary audit, UUID toolId, List<String> agencies, List<String> caseSample, LocalDate returnsDueOn,
                         List<ReturnStatus> returns, String voiceOfChild, String consultation, LocalDate discussionHeldOn,
                         String discussionNotes, LocalDate reportedToSubgroupOn, String reportSummary, LocalDate requestedOn,
                         String singleAgencySummary, String singleAgencyOutcomes, Integer casesAudited, LocalDate startedOn,
                         String cancelledReason, List<Finding> findings, List<RecommendationView> recommendations) {
    }

    public record Return(UUID id, UUID auditId, String agency, AuditReturn.Status status, List<AuditReturn.Answer> answers,
                         String overallGrade, String summary, LocalDate submittedOn) {
        static Return of(AuditReturn r) {
            return new Return(r.id, r.auditId, r.ownerAgency, r.status, r.answers, r.overallGrade, r.summary, r.submittedOn);
        }
    }

    public record Finding(UUID id, AuditFinding.Kind kind, String text, List<String> themes) {
        static Finding of(AuditFinding f) {
            return new Finding(f.id, f.kind, f.text, f.themes);
        }
    }

    /** Done against plan for one programme year. */
    public record Programme(int year, int planned, Map<AuditStatus, Long> byStatus, long completed, long completedOnTime,
                            long overdue, List<Summary> audits) {
    }

    /** A return that is due and not in. */
    public record OverdueReturn(UUID auditId, String title, String agency, LocalDate dueOn) {
    }
}
