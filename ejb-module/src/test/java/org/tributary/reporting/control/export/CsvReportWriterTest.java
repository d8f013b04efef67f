package org.tributary.reporting.control.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
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
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFDate,Description,Category,Amount\r\n");
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

    static List<String[]> readRfc4180(String csv) throws Exception {
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(csv))
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withKeepCarriageReturn(true)
                .build()) {
            return reader.readAll();
        }
    }
}
