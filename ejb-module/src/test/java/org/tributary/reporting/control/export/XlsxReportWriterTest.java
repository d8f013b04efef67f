package org.tributary.reporting.control.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDoughnutChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads the written workbooks back with POI's full (non-streaming) model. */
class XlsxReportWriterTest {

    // Title, one filter, the currency and a blank row come first: the header is the fifth row.
    static final int HEADER = 4;

    @Test
    void putsTheTitleAndFiltersAboveTheTable() throws IOException {
        try (XSSFWorkbook workbook = write(SampleReports.transactions("EUR"))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("Transactions January");
            assertThat(text(sheet, 0, 0)).isEqualTo("Transactions January");
            assertThat(text(sheet, 1, 0)).isEqualTo("Period");
            assertThat(text(sheet, 1, 1)).isEqualTo("2026-01-01 – 2026-01-31");
            assertThat(text(sheet, 2, 0)).isEqualTo("Currency");
            assertThat(text(sheet, 2, 1)).isEqualTo("EUR");
            assertThat((Iterable<Cell>) sheet.getRow(HEADER))
                    .extracting(Cell::getStringCellValue)
                    .containsExactly("Date", "Description", "Category", "Amount");
        }
    }

    @Test
    void writesRealDatesAndMoneyInTheCurrencysFormat() throws IOException {
        try (XSSFWorkbook workbook = write(SampleReports.transactions("EUR"))) {
            Row first = workbook.getSheetAt(0).getRow(HEADER + 1);

            Cell date = first.getCell(0);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 3));

            Cell amount = first.getCell(3);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234.56);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"€\"");

            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Пятёрочка, магазин №5");
            assertThat(workbook.getSheetAt(0).getRow(HEADER + 3).getCell(2))
                    .as("null is an empty cell")
                    .isNull();
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"RUB|#,##0.00 \"₽\"", "GBP|\"£\"#,##0.00", "USD|\"$\"#,##0.00", "CHF|#,##0.00 \"CHF\""})
    void marksMoneyWithTheCurrency(String currency, String format) throws IOException {
        try (XSSFWorkbook workbook = write(SampleReports.transactions(currency))) {
            Cell amount = workbook.getSheetAt(0).getRow(HEADER + 1).getCell(3);

            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo(format);
        }
    }

    @Test
    void endsWithTotalsThatAreSumFormulas() throws IOException {
        try (XSSFWorkbook workbook = write(SampleReports.byCategory("EUR", null))) {
            Row totals = workbook.getSheetAt(0).getRow(HEADER + 4);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();

            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(totals.getCell(1).getCellFormula()).isEqualTo("SUM(B6:B8)");
            assertThat(totals.getCell(2).getCellFormula()).isEqualTo("SUM(C6:C8)");
            assertThat(totals.getCell(2).getNumericCellValue()).as("cached").isEqualTo(2000.0);
            assertThat(evaluator.evaluate(totals.getCell(1)).getNumberValue()).isEqualTo(59.0);
            assertThat(evaluator.evaluate(totals.getCell(2)).getNumberValue()).isEqualTo(2000.0);
            assertThat(totals.getCell(3).getCellType())
                    .as("no total for the budget")
                    .isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void writesPercentagesAsFractionsShownAsPercent() throws IOException {
        try (XSSFWorkbook workbook = write(SampleReports.byCategory("EUR", null))) {
            Cell share = workbook.getSheetAt(0).getRow(HEADER + 1).getCell(4);

            assertThat(share.getNumericCellValue()).isEqualTo(0.617);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void freezesTheHeaderAndFiltersTheDataRows() throws IOException {
        try (XSSFWorkbook workbook = write(SampleReports.byCategory("EUR", null))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            PaneInformation pane = sheet.getPaneInformation();

            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) (HEADER + 1));
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .as("header and data, not the totals")
                    .isEqualTo("A5:E8");
        }
    }

    @Test
    void sizesColumnsToTheirContent() throws IOException {
        try (XSSFWorkbook workbook = write(SampleReports.transactions("EUR"))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getColumnWidth(0)).isEqualTo((10 + 2) * 256);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void drawsANativeDoughnutChartOverTheCells() throws IOException {
        ChartSpec spec = ChartSpec.of(ChartKind.DOUGHNUT, "Where the money went", 0, 2);

        try (XSSFWorkbook workbook = write(SampleReports.byCategory("RUB", spec))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFChart chart = onlyChart(sheet);

            assertThat(chart.getTitleText().getString()).isEqualTo("Where the money went");
            XDDFChartData data = chart.getChartSeries().get(0);
            assertThat(data).isInstanceOf(XDDFDoughnutChartData.class);
            assertThat(data.getSeriesCount()).isEqualTo(1);
            XDDFChartData.Series series = data.getSeries(0);
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("'Spending by category'!$A$6:$A$8");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("'Spending by category'!$C$6:$C$8");
            assertThat(series.getValuesData().getPointCount()).isEqualTo(3);
            assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("Продукты");
        }
    }

    @Test
    void drawsABarChartWithOneSeriesPerValueColumn() throws IOException {
        ChartSpec spec = ChartSpec.of(ChartKind.BAR, "Spent and budget", 0, 2, 3);

        try (XSSFWorkbook workbook = write(SampleReports.byCategory("EUR", spec))) {
            XDDFChartData data =
                    onlyChart(workbook.getSheetAt(0)).getChartSeries().get(0);

            assertThat(data).isInstanceOf(XDDFBarChartData.class);
            assertThat(data.getSeriesCount()).isEqualTo(2);
            assertThat(data.getSeries(1).getValuesData().getDataRangeReference())
                    .isEqualTo("'Spending by category'!$D$6:$D$8");
            assertThat(data.getSeries(0).getShapeProperties().getFillProperties())
                    .as("a colour of its own, as a workbook without a theme has no automatic ones")
                    .isInstanceOf(XDDFSolidFillProperties.class);
        }
    }

    @Test
    void drawsAPieChart() throws IOException {
        ChartSpec spec = ChartSpec.of(ChartKind.PIE, "Share", 0, 4);

        try (XSSFWorkbook workbook = write(SampleReports.byCategory("EUR", spec))) {
            assertThat(onlyChart(workbook.getSheetAt(0)).getChartSeries().get(0))
                    .isInstanceOf(XDDFPieChartData.class);
        }
    }

    @Test
    void hasNoChartWithoutAChartSpec() throws IOException {
        try (XSSFWorkbook workbook = write(SampleReports.byCategory("EUR", null))) {
            XSSFDrawing drawing = workbook.getSheetAt(0).getDrawingPatriarch();

            assertThat(drawing == null || drawing.getCharts().isEmpty()).isTrue();
        }
    }

    @Test
    void writesAnEmptyReportWithZeroTotals() throws IOException {
        ReportTable empty = new ReportTable(
                "Nothing",
                SampleReports.PERIOD,
                "EUR",
                SampleReports.TRANSACTION_COLUMNS,
                java.util.Collections.emptyIterator());

        try (XSSFWorkbook workbook = write(empty)) {
            Row totals = workbook.getSheetAt(0).getRow(HEADER + 1);

            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(totals.getCell(3).getNumericCellValue()).isZero();
        }
    }

    static XSSFChart onlyChart(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        assertThat(drawing).isNotNull();
        assertThat(drawing.getCharts()).hasSize(1);
        return drawing.getCharts().get(0);
    }

    static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    static XSSFWorkbook write(ReportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(table, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
