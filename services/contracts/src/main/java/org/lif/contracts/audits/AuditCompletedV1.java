package org.lif.contracts.audits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An audit was closed with its findings: counts only, never case details.
 *
 * @param auditId              id of the audit
 * @param title                title, pseudonyms only
 * @param auditType            MULTI_AGENCY_THEMATIC, MULTI_AGENCY_CASE or SINGLE_AGENCY
 * @param programmeYear        programme year the audit belongs to
 * @param themes               learning themes raised by the audit
 * @param plannedEnd           planned completion date (null when it was never planned)
 * @param completedOn          date it was closed
 * @param agencies             participating agencies
 * @param casesAudited         number of cases in the sample
 * @param gradeCounts          number of returns per overall grade, e.g. {"GOOD": 3, "REQUIRES_IMPROVEMENT": 2}
 * @param goodPracticeFindings number of good-practice findings
 * @param improvementFindings  number of areas for improvement
 */
public record AuditCompletedV1(String auditId, String title, String auditType, int programmeYear, List<String> themes,
                               LocalDate plannedEnd, LocalDate completedOn, List<String> agencies, int casesAudited,
                               Map<String, Integer> gradeCounts, int goodPracticeFindings, int improvementFindings) {
}
