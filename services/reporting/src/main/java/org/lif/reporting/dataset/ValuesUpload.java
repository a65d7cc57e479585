package org.lif.reporting.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lif.platform.problem.Problem;
import org.lif.platform.problem.Problems;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Quarterly values uploaded as CSV (commons-csv), all or nothing: every row is validated first, and any error answers
 * 400 listing each row's errors ({@code row <n>.<column>}); only a clean file is stored.
 * <pre>
 * code,quarter,value,comparisonValue,confidence,commentary
 * CP-RATE,1,42.5,41.0,HIGH,"Stable after the winter rise"
 * </pre>
 */
@ApplicationScoped
public class ValuesUpload {

    public static final List<String> COLUMNS = List.of("code", "quarter", "value", "comparisonValue", "confidence", "commentary");
    static final int MAX_ROWS = 2000;

    @Inject
    IndicatorService indicators;

    private record Row(long line, Indicator indicator, int quarter, IndicatorRequests.Submit submit) {
    }

    @Transactional
    public IndicatorRequests.Uploaded upload(int year, String csv) {
        // only the indicators the caller may see (agency filter): another agency's code is unknown to them
        Map<String, Indicator> byCode = Indicator.<Indicator>list("year", year).stream()
                .collect(Collectors.toMap(i -> i.code.toLowerCase(Locale.ROOT), Function.identity()));
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).get().parse(new StringReader(csv == null ? "" : csv))) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            for (String column : COLUMNS) {
                if (!header.contains(column.toLowerCase(Locale.ROOT))) {
                    errors.add(new Problem.FieldError("header", "column " + column + " is missing (columns: " + String.join(",", COLUMNS) + ")"));
                }
            }
            if (!errors.isEmpty()) {
                throw Problems.invalid(errors);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    throw Problems.badRequest("An upload holds at most " + MAX_ROWS + " rows.");
                }
                Row row = validate(record, line, byCode, seen, errors);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw Problems.badRequest("The upload is not readable CSV: " + e.getMessage());
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            throw Problems.invalid("file", "has no rows");
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        rows.forEach(r -> indicators.submit(r.indicator(), r.quarter(), r.submit()));
        return new IndicatorRequests.Uploaded(year, rows.size());
    }

    private static Row validate(CSVRecord record, long line, Map<String, Indicator> byCode, Set<String> seen, List<Problem.FieldError> errors) {
        String at = "row " + line + ".";
        int before = errors.size();
        String code = cell(record, "code");
        Indicator indicator = code.isEmpty() ? null : byCode.get(code.toLowerCase(Locale.ROOT));
        if (code.isEmpty()) {
            errors.add(new Problem.FieldError(at + "code", "is required"));
        } else if (indicator == null) {
            errors.add(new Problem.FieldError(at + "code", "no indicator " + code + " in this year's set that you may submit"));
        }
        Integer quarter = null;
        try {
            quarter = Integer.parseInt(cell(record, "quarter"));
            if (quarter < 1 || quarter > 4) {
                errors.add(new Problem.FieldError(at + "quarter", "must be 1, 2, 3 or 4"));
            }
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(at + "quarter", "must be 1, 2, 3 or 4"));
        }
        BigDecimal value = decimal(cell(record, "value"), at + "value", true, errors);
        BigDecimal comparison = decimal(cell(record, "comparisonValue"), at + "comparisonValue", false, errors);
        IndicatorValue.Confidence confidence = null;
        try {
            confidence = IndicatorValue.Confidence.valueOf(cell(record, "confidence").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(at + "confidence", "must be HIGH, MEDIUM or LOW"));
        }
        String commentary = cell(record, "commentary");
        if (commentary.length() > 4000) {
            errors.add(new Problem.FieldError(at + "commentary", "at most 4000 characters"));
        }
        if (indicator != null && quarter != null && !seen.add(indicator.code + "Q" + quarter)) {
            errors.add(new Problem.FieldError(at + "quarter", "a second value for " + indicator.code + " Q" + quarter + " in the same upload"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Row(line, indicator, quarter, new IndicatorRequests.Submit(value, comparison, confidence, commentary.isEmpty() ? null : commentary));
    }

    private static String cell(CSVRecord record, String column) {
        String v = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
        return v == null ? "" : v.trim();
    }

    private static BigDecimal decimal(String text, String field, boolean required, List<Problem.FieldError> errors) {
        if (text.isEmpty()) {
            if (required) {
                errors.add(new Problem.FieldError(field, "is required"));
            }
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(text);
            if (d.abs().compareTo(new BigDecimal("99999999999")) > 0) {
                errors.add(new Problem.FieldError(field, "is too large"));
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a number (e.g. 42.5)"));
            return null;
        }
    }
}
