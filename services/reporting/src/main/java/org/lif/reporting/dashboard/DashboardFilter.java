package org.lif.reporting.dashboard;

import org.lif.reporting.common.Period;

import java.time.LocalDate;

/**
 * What the dashboard counts: a period and optionally one learning theme, as of a day (for overdue and RAG).
 */
public record DashboardFilter(Period period, String theme, LocalDate today) {
}
