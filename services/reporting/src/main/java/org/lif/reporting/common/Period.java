package org.lif.reporting.common;

import java.time.LocalDate;

/**
 * A reporting period, both ends included; either end may be open (null).
 */
public record Period(LocalDate from, LocalDate to) {

    public static final Period ALL = new Period(null, null);

    /** The reporting year starting on the first day of {@code startMonth} of {@code year} (e.g. 2025 = 1 April 2025 – 31 March 2026). */
    public static Period reportingYear(int year, int startMonth) {
        LocalDate start = LocalDate.of(year, startMonth, 1);
        return new Period(start, start.plusYears(1).minusDays(1));
    }

    /** Appends {@code and <column> >= :from and <column> <= :to} for the ends that are set. */
    public String clause(String column) {
        return (from == null ? "" : " and " + column + " >= :from") + (to == null ? "" : " and " + column + " <= :to");
    }
}
