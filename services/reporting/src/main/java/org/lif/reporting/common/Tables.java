package org.lif.reporting.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.lif.platform.csv.CsvExport;
import org.lif.platform.problem.Problems;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/** Helpers to build {@link Table}s and answer them as JSON or CSV. */
public final class Tables {

    public static final String CSV = "text/csv";

    private Tables() {
    }

    public static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** Rows from a query returning {@code Object[]} (or a single value per row). */
    public static List<List<Object>> rows(List<?> results) {
        List<List<Object>> out = new ArrayList<>();
        for (Object r : results) {
            out.add(r instanceof Object[] a ? row(a) : row(r));
        }
        return out;
    }

    /** part / whole as a percentage with one decimal, or null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
    }

    /** A mean rounded to two decimals, or null. */
    public static BigDecimal mean(Object value) {
        return value == null ? null : BigDecimal.valueOf(((Number) value).doubleValue()).setScale(2, RoundingMode.HALF_UP);
    }

    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** True when the client asked for CSV ({@code ?format=csv} or {@code Accept: text/csv}). */
    public static boolean wantsCsv(String format, HttpHeaders headers) {
        if ("csv".equalsIgnoreCase(format)) {
            return true;
        }
        return headers != null && headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> "text".equals(m.getType()) && "csv".equals(m.getSubtype()));
    }

    public static String csv(Table table) {
        return CsvExport.write(table.columns(), table.rows(), r -> r);
    }

    /**
     * A yearly list: a page of it as JSON, or all of it as CSV ({@code ?format=csv} or {@code Accept: text/csv}).
     * 400 without a year.
     */
    public static Response pageOrCsv(Integer year, String format, HttpHeaders headers, IntFunction<Table> all, IntFunction<Object> page) {
        if (year == null) {
            throw Problems.invalid("year", "is required");
        }
        return wantsCsv(format, headers) ? respond(all.apply(year), null, format, headers) : Response.ok(page.apply(year)).build();
    }

    /** The table as JSON ({@code json}) or as a CSV attachment named after the table. */
    public static Response respond(Table table, Object json, String format, HttpHeaders headers) {
        if (wantsCsv(format, headers)) {
            return Response.ok(csv(table), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + table.name() + ".csv\"").build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON).build();
    }
}
