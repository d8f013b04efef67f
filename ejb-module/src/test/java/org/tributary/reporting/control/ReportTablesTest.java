package org.tributary.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tributary.reporting.control.export.CsvReportWriter;
import org.tributary.reporting.control.export.PdfReportWriter;
import org.tributary.reporting.control.export.ReportTable;
import org.tributary.reporting.control.export.XlsxReportWriter;

/** The reports as files: what their totals add up and how their numbers are written. */
class ReportTablesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 5, 1);
    private static final LocalDate TO = LocalDate.of(2026, 5, 31);
    private final ReportTables tables = new ReportTables();

    @Test
    void theByCategoryPdfTotalsEachKindApartAndNeverAllTogether() throws IOException {
        String text;
        try (var pdf = Loader.loadPDF(bytes(tables.byCategory(byCategory()), new PdfReportWriter()))) {
            text = new PDFTextStripper().getText(pdf);
        }

        assertThat(text)
                .contains("Money in and out by category")
                .contains("Total money out 80.00 € 3")
                .contains("Total money in 2,500.00 € 1")
                .contains("Total between your accounts 300.00 € 1")
                .doesNotContain("2,880.00")
                .doesNotContainPattern("(?m)^Total [0-9]");
    }

    @Test
    void theByCategoryWorkbookSumsEachKindsOwnRows() throws IOException {
        List<String> totals = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(bytes(tables.byCategory(byCategory()), new XlsxReportWriter())))) {
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                Cell money = row.getCell(2);
                if (money != null && money.getCellType() == CellType.FORMULA) {
                    totals.add(formatter.formatCellValue(row.getCell(0)) + " = " + money.getCellFormula() + " = "
                            + money.getNumericCellValue());
                }
            }
        }

        // Rows 6–7 money out, 8 money in, 9 transfers (the header is on row 5).
        assertThat(totals)
                .containsExactly(
                        "Total money out = SUM(C6:C7) = 80.0",
                        "Total money in = SUM(C9:C9) = 2500.0",
                        "Total between your accounts = SUM(C11:C11) = 300.0");
    }

    @Test
    void theCsvWritesANegativeAmountAsANumberAndStillDefusesAFormula() throws Exception {
        ReportTransaction payment = new ReportTransaction(
                UUID.randomUUID(),
                FROM,
                new BigDecimal("-12.50"),
                "USD",
                "=cmd|' /C calc'!A0",
                "-Deli",
                "Eating out",
                "EXPENSE",
                UUID.randomUUID(),
                "FILE",
                "Card",
                new BigDecimal("-11.25"));
        Reports.Largest largest = new Reports.Largest(FROM, TO, "EUR", List.of(payment), List.of(), List.of());

        byte[] csv = bytes(tables.largest(largest), new CsvReportWriter());
        List<String[]> rows;
        try (CSVReader reader = new CSVReader(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1)))) {
            rows = reader.readAll();
        }

        assertThat(rows.get(0))
                .containsExactly(
                        "Date",
                        "Description",
                        "Merchant",
                        "Category",
                        "Source",
                        "Original amount",
                        "Original currency",
                        "Amount");
        assertThat(rows.get(1))
                .containsExactly(
                        "2026-05-01", "'=cmd|' /C calc'!A0", "'-Deli", "Eating out", "Card", "-12.50", "USD", "-11.25");
    }

    private static Reports.ByCategory byCategory() {
        return new Reports.ByCategory(
                FROM,
                TO,
                "EUR",
                List.of(
                        new Reports.ByCategory.Row("Groceries", "EXPENSE", new BigDecimal("50.00"), 2, List.of()),
                        new Reports.ByCategory.Row("Eating out", "EXPENSE", new BigDecimal("30.00"), 1, List.of()),
                        new Reports.ByCategory.Row("Salary", "INCOME", new BigDecimal("2500.00"), 1, List.of()),
                        new Reports.ByCategory.Row("Card payment", "TRANSFER", new BigDecimal("300.00"), 1, List.of())),
                List.of(),
                List.of());
    }

    private static byte[] bytes(ReportTable table, org.tributary.reporting.control.export.ReportWriter writer)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(table, out);
        return out.toByteArray();
    }
}
