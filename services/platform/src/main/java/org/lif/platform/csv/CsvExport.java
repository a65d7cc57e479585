package org.lif.platform.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/** Writes rows as RFC 4180 CSV with a header line (commons-csv). Cells that spreadsheets would run as formulas are neutralised. */
public final class CsvExport {

    private CsvExport() {
    }

    public static <T> String write(List<String> header, List<T> rows, Function<T, List<?>> cells) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (T row : rows) {
                printer.printRecord(cells.apply(row).stream().map(CsvExport::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object safe(Object cell) {
        if (cell instanceof String s && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return cell == null ? "" : cell;
    }
}
