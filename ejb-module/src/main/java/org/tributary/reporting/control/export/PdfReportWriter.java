package org.tributary.reporting.control.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a report as an A4 PDF: the title, the filters and the currency, the chart when the report has one,
 * then the table with its header on every page, money right-aligned with its symbol, the totals, and "Page N of
 * M" at the foot of every page.
 *
 * <p>Page contents go to a temporary file as they are written, so memory holds the page being written and a small
 * dictionary per finished page, never the rows. The chart and the page numbers need the whole table first: they
 * are added to the finished pages.
 */
public class PdfReportWriter implements ReportWriter {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 40;
    private static final float FOOT = 22;
    private static final float TITLE_SIZE = 16;
    private static final float FILTER_SIZE = 9;
    private static final float CELL_SIZE = 8;
    private static final float ROW_HEIGHT = 13;
    private static final float CHART_HEIGHT = 210;
    private static final float PADDING = 3;

    @Override
    public void write(ReportTable table, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
                PdfFonts fonts = new PdfFonts(document)) {
            document.getDocumentInformation().setTitle(table.title());
            document.getDocumentInformation().setCreator("Tributary");
            new Layout(document, fonts, table).write();
            document.save(out);
        }
        out.flush();
    }

    static void showText(PDPageContentStream content, PDType0Font font, float size, float x, float y, String printable)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable);
        content.endText();
    }

    private static final class Layout {

        private final PDDocument document;
        private final PdfFonts fonts;
        private final ReportTable table;
        private final List<ReportColumn> columns;
        private final CellText text;
        private final float[] left;
        private final float[] width;
        private final float top = PAGE.getHeight() - MARGIN;
        private final float bottom = MARGIN + FOOT;
        private final float pageWidth = PAGE.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;
        private long rowsOnPage;

        Layout(PDDocument document, PdfFonts fonts, ReportTable table) throws IOException {
            this.document = document;
            this.fonts = fonts;
            this.table = table;
            this.columns = table.columns();
            this.text = new CellText(table.currency());
            this.left = new float[columns.size()];
            this.width = columnWidths();
            float x = MARGIN;
            for (int i = 0; i < columns.size(); i++) {
                left[i] = x;
                x += width[i];
            }
        }

        /** Each column as wide as its header and a typical value; the text columns share what is left. */
        private float[] columnWidths() throws IOException {
            float[] widths = new float[columns.size()];
            float needed = 0;
            int textColumns = 0;
            for (int i = 0; i < widths.length; i++) {
                ReportColumn column = columns.get(i);
                String header = fonts.printable(column.header());
                widths[i] = 2 * PADDING
                        + Math.max(
                                PdfFonts.width(fonts.bold, CELL_SIZE, header),
                                PdfFonts.width(fonts.regular, CELL_SIZE, typical(column.kind())));
                needed += widths[i];
                textColumns += column.kind() == ColumnKind.TEXT ? 1 : 0;
            }
            float spare = pageWidth - needed;
            for (int i = 0; i < widths.length; i++) {
                if (spare < 0) {
                    widths[i] *= pageWidth / needed;
                } else if (textColumns == 0) {
                    widths[i] += spare / widths.length;
                } else if (columns.get(i).kind() == ColumnKind.TEXT) {
                    widths[i] += spare / textColumns;
                }
            }
            return widths;
        }

        private String typical(ColumnKind kind) {
            return switch (kind) {
                case TEXT -> "";
                case DATE -> "2026-12-31";
                case MONEY -> text.money(new BigDecimal("-999999.99"));
                case COUNT -> "999,999";
                case PERCENT -> "100.0%";
                case DECIMAL -> "-999,999.99";
            };
        }

        void write() throws IOException {
            PDPage first = newPage();
            writeHeading();
            float chartTop = y;
            if (table.hasChart()) {
                y -= CHART_HEIGHT + 12;
            }
            writeHeaderRow();
            ColumnTotals totals = new ColumnTotals(columns);
            TotalBreaks breaks = new TotalBreaks(columns);
            ChartPoints points = table.hasChart() ? new ChartPoints(table.chart()) : null;
            for (List<Object> row : CheckedRows.of(table)) {
                String due = breaks.before(row);
                if (due != null && table.hasTotals()) {
                    makeRoom();
                    writeTotals(totals, due);
                    totals = new ColumnTotals(columns);
                }
                makeRoom();
                writeRow(row, rowsOnPage++ % 2 == 1);
                totals.add(row);
                if (points != null) {
                    points.add(row);
                }
            }
            if (table.hasTotals()) {
                makeRoom();
                writeTotals(totals, breaks.label());
            }
            content.close();
            if (points != null && points.size() > 0) {
                try (PDPageContentStream chart =
                        new PDPageContentStream(document, first, AppendMode.APPEND, true, true)) {
                    new PdfChart(chart, fonts, table, points, text)
                            .draw(MARGIN, chartTop - CHART_HEIGHT, pageWidth, CHART_HEIGHT);
                }
            }
            numberPages();
        }

        private PDPage newPage() throws IOException {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = top;
            rowsOnPage = 0;
            return page;
        }

        private void makeRoom() throws IOException {
            if (y - ROW_HEIGHT < bottom) {
                content.close();
                newPage();
                writeHeaderRow();
            }
        }

        private void writeHeading() throws IOException {
            y -= TITLE_SIZE;
            showText(
                    content,
                    fonts.bold,
                    TITLE_SIZE,
                    MARGIN,
                    y,
                    fonts.fit(fonts.bold, TITLE_SIZE, table.title(), pageWidth));
            y -= 8;
            for (ReportFilter filter : table.filters()) {
                writeLabelled(filter.label(), filter.value());
            }
            writeLabelled("Currency", table.currency());
            y -= 10;
        }

        private void writeLabelled(String label, String value) throws IOException {
            y -= FILTER_SIZE + 4;
            String shownLabel = fonts.printable(label) + ": ";
            float labelWidth = PdfFonts.width(fonts.bold, FILTER_SIZE, shownLabel);
            showText(content, fonts.bold, FILTER_SIZE, MARGIN, y, shownLabel);
            showText(
                    content,
                    fonts.regular,
                    FILTER_SIZE,
                    MARGIN + labelWidth,
                    y,
                    fonts.fit(fonts.regular, FILTER_SIZE, value, pageWidth - labelWidth));
        }

        private void writeHeaderRow() throws IOException {
            content.setNonStrokingColor(0.85f, 0.85f, 0.85f);
            content.addRect(MARGIN, y - ROW_HEIGHT - 2, pageWidth, ROW_HEIGHT + 2);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
            for (int i = 0; i < columns.size(); i++) {
                cell(i, columns.get(i).header(), fonts.bold, y - ROW_HEIGHT + 2);
            }
            y -= ROW_HEIGHT + 2;
        }

        private void writeRow(List<Object> row, boolean shaded) throws IOException {
            if (shaded) {
                content.setNonStrokingColor(0.96f, 0.96f, 0.96f);
                content.addRect(MARGIN, y - ROW_HEIGHT, pageWidth, ROW_HEIGHT);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
            }
            for (int i = 0; i < columns.size(); i++) {
                cell(i, text.of(columns.get(i).kind(), row.get(i)), fonts.regular, y - ROW_HEIGHT + 3.5f);
            }
            y -= ROW_HEIGHT;
        }

        private void writeTotals(ColumnTotals totals, String label) throws IOException {
            content.setLineWidth(0.6f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + pageWidth, y);
            content.stroke();
            float baseline = y - ROW_HEIGHT + 3.5f;
            for (int i = 0; i < columns.size(); i++) {
                ReportColumn column = columns.get(i);
                if (column.total()) {
                    cell(i, text.of(column.kind(), totals.valueOf(i)), fonts.bold, baseline);
                } else if (i == 0) {
                    // The label may run on over the columns beside it that have no total.
                    float room = 0;
                    for (int j = 0; j < columns.size() && !columns.get(j).total(); j++) {
                        room += width[j];
                    }
                    String shown = fonts.fit(fonts.bold, CELL_SIZE, label, room - 2 * PADDING);
                    showText(content, fonts.bold, CELL_SIZE, left[0] + PADDING, baseline, shown);
                }
            }
            y -= ROW_HEIGHT;
        }

        private void cell(int column, String value, PDType0Font font, float baseline) throws IOException {
            cell(column, value, font, baseline, columns.get(column).kind().isNumeric());
        }

        private void cell(int column, String value, PDType0Font font, float baseline, boolean rightAligned)
                throws IOException {
            if (value.isEmpty()) {
                return;
            }
            String shown = fonts.fit(font, CELL_SIZE, value, width[column] - 2 * PADDING);
            float x = rightAligned
                    ? left[column] + width[column] - PADDING - PdfFonts.width(font, CELL_SIZE, shown)
                    : left[column] + PADDING;
            showText(content, font, CELL_SIZE, x, baseline, shown);
        }

        private void numberPages() throws IOException {
            int count = document.getNumberOfPages();
            String footTitle = fonts.fit(fonts.regular, CELL_SIZE, table.title(), pageWidth / 2);
            for (int n = 1; n <= count; n++) {
                try (PDPageContentStream foot =
                        new PDPageContentStream(document, document.getPage(n - 1), AppendMode.APPEND, true, true)) {
                    String number = "Page " + n + " of " + count;
                    float numberWidth = PdfFonts.width(fonts.regular, CELL_SIZE, number);
                    foot.setNonStrokingColor(0.4f, 0.4f, 0.4f);
                    showText(foot, fonts.regular, CELL_SIZE, MARGIN, MARGIN - 12, footTitle);
                    showText(foot, fonts.regular, CELL_SIZE, MARGIN + pageWidth - numberWidth, MARGIN - 12, number);
                }
            }
        }
    }
}
