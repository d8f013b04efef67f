package org.tributary.reporting.control.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a report as an Excel workbook of one sheet: the title and filters on top, then the table with a frozen
 * header and an autofilter, real dates and numbers (money in the currency's format), a totals row of SUM
 * formulas and, when the report has one, a native chart beside the table.
 *
 * <p>Streams through POI's SXSSF: only the last {@value #ROWS_IN_MEMORY} rows are in memory, the rest go to a
 * temporary file (compressed) until the workbook is zipped into the output. SXSSF cannot measure flushed rows,
 * so the column widths are measured here as the rows pass.
 */
public class XlsxReportWriter implements ReportWriter {

    private static final int ROWS_IN_MEMORY = 500;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final int MAX_WIDTH_CHARS = 60;

    @Override
    public void write(ReportTable table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(table.title());
            XlsxStyles styles = new XlsxStyles(workbook, table.currency());
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            new SheetWriter(table, sheet, styles).write();
            workbook.write(out);
        }
        out.flush();
    }

    /** @return what a cell holds for a value: a percentage is a fraction, shown as % by its format */
    static double numberInCell(ColumnKind kind, BigDecimal value) {
        return (kind == ColumnKind.PERCENT ? value.movePointLeft(2) : value).doubleValue();
    }

    private static final class SheetWriter {

        private final ReportTable table;
        private final List<ReportColumn> columns;
        private final SXSSFSheet sheet;
        private final XlsxStyles styles;
        private final CellText text;
        private final int[] widths;
        private int next;

        SheetWriter(ReportTable table, SXSSFSheet sheet, XlsxStyles styles) {
            this.table = table;
            this.columns = table.columns();
            this.sheet = sheet;
            this.styles = styles;
            this.text = new CellText(table.currency());
            this.widths = new int[columns.size()];
        }

        void write() throws IOException {
            writeHeading();
            int headerRow = next;
            writeHeaderRow();
            ColumnTotals totals = new ColumnTotals(columns);
            TotalBreaks breaks = new TotalBreaks(columns);
            int groupStart = headerRow + 1;
            ChartPoints points = table.hasChart() ? new ChartPoints(table.chart()) : null;
            for (List<Object> values : CheckedRows.of(table)) {
                if (next >= LAST_ROW) {
                    throw new IllegalArgumentException(
                            "The report has more rows than an Excel sheet holds (" + (LAST_ROW + 1) + ")");
                }
                String due = breaks.before(values);
                if (due != null && table.hasTotals()) {
                    writeTotals(totals, groupStart, next - 1, due);
                    totals = new ColumnTotals(columns);
                    groupStart = next;
                }
                writeRow(values);
                totals.add(values);
                if (points != null) {
                    points.add(values);
                }
            }
            int lastDataRow = next - 1;
            if (table.hasTotals()) {
                writeTotals(totals, groupStart, lastDataRow, breaks.label());
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastDataRow, 0, columns.size() - 1));
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH_CHARS) + 2) * 256);
            }
            if (points != null && points.size() > 0) {
                XlsxChart.draw(sheet, table, points, headerRow);
            }
        }

        private void writeHeading() {
            Cell title = sheet.createRow(next++).createCell(0);
            title.setCellValue(table.title());
            title.setCellStyle(styles.title);
            for (ReportFilter filter : table.filters()) {
                labelled(filter.label(), filter.value());
            }
            labelled("Currency", table.currency());
            next++;
        }

        private void labelled(String label, String value) {
            Row row = sheet.createRow(next++);
            Cell cell = row.createCell(0);
            cell.setCellValue(label);
            cell.setCellStyle(styles.label);
            row.createCell(1).setCellValue(value);
        }

        private void writeHeaderRow() {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(styles.header);
                measure(i, columns.get(i).header());
            }
        }

        private void writeRow(List<Object> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    continue;
                }
                ColumnKind kind = columns.get(i).kind();
                Cell cell = row.createCell(i);
                cell.setCellStyle(styles.cell(kind));
                switch (kind) {
                    case TEXT -> cell.setCellValue(shortened(value.toString()));
                    case DATE -> cell.setCellValue((LocalDate) value);
                    case MONEY, PERCENT, DECIMAL -> cell.setCellValue(numberInCell(kind, (BigDecimal) value));
                    case COUNT -> cell.setCellValue(((Number) value).doubleValue());
                }
                measure(i, text.of(kind, value));
            }
        }

        private void writeTotals(ColumnTotals totals, int firstDataRow, int lastDataRow, String label) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < columns.size(); i++) {
                ReportColumn column = columns.get(i);
                Cell cell = row.createCell(i);
                if (column.total()) {
                    cell.setCellStyle(styles.total(column.kind()));
                    if (lastDataRow >= firstDataRow) {
                        String letter = CellReference.convertNumToColString(i);
                        cell.setCellFormula(
                                "SUM(" + letter + (firstDataRow + 1) + ":" + letter + (lastDataRow + 1) + ")");
                    }
                    // The cached result, for readers that do not recalculate.
                    cell.setCellValue(totals.of(i).doubleValue());
                    measure(i, text.of(column.kind(), totals.valueOf(i)));
                } else {
                    cell.setCellStyle(styles.totalLabel);
                }
            }
            Cell first = row.getCell(0);
            if (!columns.get(0).total()) {
                first.setCellValue(label);
            }
        }

        private void measure(int column, String shown) {
            widths[column] = Math.max(widths[column], shown.length());
        }

        private static String shortened(String text) {
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        }
    }
}
