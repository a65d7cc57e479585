package org.lif.reporting.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One table of figures, as shown on the dashboard, in the host view and in the yearly report: the same shape in JSON,
 * CSV ({@link Tables#csv}) and PDF.
 *
 * @param name    stable identifier, e.g. {@code actions-by-status}
 * @param title   heading for people
 * @param columns column names; the cells of every row follow them
 * @param rows    the figures (text, whole numbers, decimals, or null for "no data")
 */
@Schema(description = "A table of figures: column names and rows of cells in the same order.")
public record Table(String name, String title, List<String> columns,
                    @Schema(description = "Rows of cells: text, numbers or null") List<List<Object>> rows) {

    /** True when the table has rows and its second column holds counts: drawn as a bar chart in the PDF. */
    public boolean chartable() {
        return !rows.isEmpty() && columns.size() >= 2 && rows.stream().allMatch(r -> r.size() >= 2 && r.get(1) instanceof Number);
    }

    /** The sum of a numeric column (0 when empty). */
    public long total(int column) {
        return rows.stream().map(r -> r.get(column)).filter(Number.class::isInstance).mapToLong(v -> ((Number) v).longValue()).sum();
    }
}
