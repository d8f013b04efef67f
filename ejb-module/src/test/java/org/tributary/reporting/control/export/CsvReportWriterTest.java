package org.tributary.reporting.control.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    @Test
    void startsWithTheUtf8ByteOrderMarkAndEndsLinesWithCrLf() throws IOException {
        byte[] csv = write(SampleReports.transactions("EUR"));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .startsWith("\uFEFF\"Date\",\"Description\",\"Category\",\"Amount\"\r\n");
    }

    @Test
    void readsBackAsTheSameRows() throws Exception {
        String csv = new String(write(SampleReports.transactions("EUR")), StandardCharsets.UTF_8).substring(1);

        assertThat(readRfc4180(csv))
                .containsExactly(
                        new String[] {"Date", "Description", "Category", "Amount"},
                        new String[] {"2026-01-03", "Пятёрочка, магазин №5", "Продукты", "1234.56"},
                        new String[] {"2026-01-09", "Café \"Le Zinc\" – 12 €", "Restaurants", "-45.10"},
                        new String[] {"2026-01-17", "Rent\r\nJanuary\nflat 2", "", "0.04"});
    }

    @Test
    void writesNumbersPlainWithADotAndNoTotalsLine() throws Exception {
        ReportTable table = SampleReports.byCategory("RUB", null);

        List<String[]> rows = readRfc4180(new String(write(table), StandardCharsets.UTF_8).substring(1));

        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).containsExactly("Продукты", "42", "1234.56", "1500.00", "61.7");
        assertThat(rows.get(3)).containsExactly("Café & bars", "5", "265.44", "", "13.3");
    }

    @Test
    void writesBigAmountsWithoutExponent() throws Exception {
        ReportTable table = new ReportTable(
                "Big",
                List.of(),
                "EUR",
                List.of(ReportColumn.money("Amount")),
                List.of(SampleReports.row(new BigDecimal("1E+7"))).iterator());

        assertThat(readRfc4180(new String(write(table), StandardCharsets.UTF_8).substring(1))
                        .get(1))
                .containsExactly("10000000");
    }

    @Test
    void aSpreadsheetSplittingOnSemicolonsOrTabsFindsNoFormula() throws Exception {
        ReportTable table = new ReportTable(
                "Injection",
                List.of(),
                "EUR",
                List.of(ReportColumn.text("Description"), ReportColumn.money("Amount")),
                List.of(
                                SampleReports.row("x;=1+1", new BigDecimal("-5.00")),
                                SampleReports.row("y\t@SUM(A1)", new BigDecimal("1")),
                                SampleReports.row("z,+cmd|' /C calc'!A0", new BigDecimal("2")))
                        .iterator());

        String csv = new String(write(table), StandardCharsets.UTF_8).substring(1);

        for (char separator : new char[] {';', '\t', ','}) {
            for (String line : csv.split("\r\n")) {
                for (String cell : asExcelSplits(line, separator)) {
                    assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
                }
            }
        }
        assertThat(readRfc4180(csv).get(1)).containsExactly("x;=1+1", "-5.00");
    }

    /** A line cut as Excel cuts it on a separator: quotes switch quoting on and off, anywhere in a field. */
    private static List<String> asExcelSplits(String line, char separator) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void keepsSpreadsheetsFromRunningTextAsAFormula() throws Exception {
        ReportTable table = new ReportTable(
                "Injection",
                List.of(),
                "EUR",
                List.of(ReportColumn.text("Description"), ReportColumn.money("Amount")),
                List.of(
                                SampleReports.row("=HYPERLINK(\"http://evil\",\"x\")", new BigDecimal("-5.00")),
                                SampleReports.row("@SUM(A1)", new BigDecimal("1")),
                                SampleReports.row("plain - text", null))
                        .iterator());

        List<String[]> rows = readRfc4180(new String(write(table), StandardCharsets.UTF_8).substring(1));

        assertThat(rows.get(1)).containsExactly("'=HYPERLINK(\"http://evil\",\"x\")", "-5.00");
        assertThat(rows.get(2)).containsExactly("'@SUM(A1)", "1");
        assertThat(rows.get(3)).containsExactly("plain - text", "");
    }

    @Test
    void refusesARowThatDoesNotMatchTheColumns() {
        ReportTable table = new ReportTable(
                "Wrong",
                List.of(),
                "EUR",
                SampleReports.TRANSACTION_COLUMNS,
                List.of(SampleReports.row(LocalDate.of(2026, 1, 1), "x", "y", 12.5))
                        .iterator());

        assertThatThrownBy(() -> write(table))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Row 1, column 'Amount' (MONEY): unexpected Double");
    }

    static byte[] write(ReportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportWriter().write(table, out);
        return out.toByteArray();
    }

    /**
     * RFC 4180 as written: fields in quotes keep their line breaks, a doubled quote is one quote, CRLF ends a
     * record. (OpenCSV's RFC 4180 parser, told to keep the CR of a quoted line break, takes the CR after a
     * closing quote for a fault.)
     */
    static List<String[]> readRfc4180(String csv) {
        List<String[]> records = new java.util.ArrayList<>();
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields.toArray(String[]::new));
                fields.clear();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            records.add(fields.toArray(String[]::new));
        }
        return records;
    }
}
