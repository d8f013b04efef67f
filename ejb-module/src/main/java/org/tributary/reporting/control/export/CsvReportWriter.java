package org.tributary.reporting.control.export;

import com.opencsv.CSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a report as RFC 4180 CSV: UTF-8 with a byte-order mark (without it Excel reads Cyrillic as mojibake),
 * one header line, then one record per row, CRLF line ends, ISO dates and plain decimals with a dot.
 *
 * <p>Only the data: no title, filters or totals line, which a program reading the file would take for records.
 * Text that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or CR) gets a leading
 * apostrophe: bank descriptions are written by strangers. Numbers are never text here, so a negative amount
 * stays a number ("-12.50"), which no spreadsheet runs.
 *
 * <p>Every field is quoted (OWASP's CSV injection guidance): a spreadsheet that splits lines on another
 * separator than the comma (Excel in the Russian or German locale takes ";") would otherwise cut "x;=1+1" into
 * "x" and a formula. With every field quoted, each separator inside a text stands inside quotes, whichever
 * separator the reader splits on, and no cut can start a formula.
 */
public class CsvReportWriter implements ReportWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    @Override
    public void write(ReportTable table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        CSVWriter csv = new CSVWriter(writer, ',', '"', '"', "\r\n");
        List<ReportColumn> columns = table.columns();
        csv.writeNext(columns.stream().map(ReportColumn::header).toArray(String[]::new), true);
        for (List<Object> row : CheckedRows.of(table)) {
            String[] fields = new String[columns.size()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = field(columns.get(i).kind(), row.get(i));
            }
            csv.writeNext(fields, true);
            if (csv.getException() != null) {
                throw csv.getException();
            }
        }
        csv.flush();
    }

    private static String field(ColumnKind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> defused(value.toString());
            case MONEY, PERCENT, DECIMAL -> ((BigDecimal) value).toPlainString();
            case DATE, COUNT -> value.toString();
        };
    }

    private static String defused(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
