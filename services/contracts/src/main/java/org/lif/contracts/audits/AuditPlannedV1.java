package org.lif.contracts.audits;

import java.time.LocalDate;
import java.util.List;

/**
 * An audit was put on the partnership's audit programme (or its plan changed: the latest event for an audit wins).
 *
 * @param auditId        id of the audit
 * @param title          title, pseudonyms only
 * @param auditType      MULTI_AGENCY_THEMATIC, MULTI_AGENCY_CASE or SINGLE_AGENCY
 * @param programmeYear  the programme (reporting) year the audit is planned in, e.g. 2026 for 2026/27
 * @param themes         learning themes, e.g. neglect
 * @param subgroup       optional subgroup that owns the audit
 * @param plannedStart   planned start date
 * @param plannedEnd     planned completion date
 */
public record AuditPlannedV1(String auditId, String title, String auditType, int programmeYear, List<String> themes,
                             String subgroup, LocalDate plannedStart, LocalDate plannedEnd) {
}
