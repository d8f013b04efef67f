package org.tributary.reporting.control.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a report's chart with PDF vector operations: bars, or slices of a pie or doughnut with a legend.
 * Drawn by hand rather than rendered by a chart library: no image, no AWT, text that stays text, and a few
 * dozen points never need more than this.
 */
final class PdfChart {

    private static final float TITLE_SIZE = 10;
    private static final float LABEL_SIZE = 7;
    private static final float LEGEND_LINE = 10;

    private final PDPageContentStream page;
    private final PdfFonts fonts;
    private final ReportTable table;
    private final ChartPoints points;
    private final CellText text;

    PdfChart(PDPageContentStream page, PdfFonts fonts, ReportTable table, ChartPoints points, CellText text) {
        this.page = page;
        this.fonts = fonts;
        this.table = table;
        this.points = points;
        this.text = text;
    }

    /** Draws into the box whose lower left corner is (x, y). */
    void draw(float x, float y, float width, float height) throws IOException {
        ChartSpec spec = table.chart();
        PdfReportWriter.showText(
                page,
                fonts.bold,
                TITLE_SIZE,
                x,
                y + height - TITLE_SIZE,
                fonts.fit(fonts.bold, TITLE_SIZE, spec.title(), width));
        float plotHeight = height - TITLE_SIZE - 8;
        if (spec.kind() == ChartKind.BAR) {
            drawBars(x, y, width, plotHeight);
        } else {
            drawSlices(x, y, width, plotHeight, spec.kind() == ChartKind.DOUGHNUT);
        }
    }

    private void drawBars(float x, float y, float width, float height) throws IOException {
        int series = points.seriesCount();
        float legendHeight = series > 1 ? LEGEND_LINE + 4 : 0;
        float axisWidth = 48;
        float labelsHeight = 14;
        float left = x + axisWidth;
        float bottom = y + labelsHeight;
        float plotWidth = width - axisWidth;
        float plotHeight = height - labelsHeight - legendHeight;

        double min = 0;
        double max = 0;
        for (int s = 0; s < series; s++) {
            for (BigDecimal value : points.values(s)) {
                min = Math.min(min, value.doubleValue());
                max = Math.max(max, value.doubleValue());
            }
        }
        double step = niceStep((max - min) / 4);
        min = Math.floor(min / step) * step;
        max = Math.max(Math.ceil(max / step) * step, min + step);
        double scale = plotHeight / (max - min);

        page.setLineWidth(0.3f);
        page.setStrokingColor(0.8f, 0.8f, 0.8f);
        page.setNonStrokingColor(0.3f, 0.3f, 0.3f);
        for (double tick = min; tick <= max + step / 2; tick += step) {
            float ty = bottom + (float) ((tick - min) * scale);
            page.moveTo(left, ty);
            page.lineTo(left + plotWidth, ty);
            page.stroke();
            String label = text.number(tick);
            float labelWidth = PdfFonts.width(fonts.regular, LABEL_SIZE, label);
            PdfReportWriter.showText(page, fonts.regular, LABEL_SIZE, left - 4 - labelWidth, ty - 2, label);
        }

        int count = points.size();
        float slot = plotWidth / count;
        float barWidth = slot * 0.8f / series;
        float zero = bottom + (float) (-min * scale);
        for (int s = 0; s < series; s++) {
            fill(s);
            List<BigDecimal> values = points.values(s);
            for (int p = 0; p < count; p++) {
                float barHeight = (float) (values.get(p).doubleValue() * scale);
                float bx = left + p * slot + slot * 0.1f + s * barWidth;
                page.addRect(bx, Math.min(zero, zero + barHeight), barWidth, Math.abs(barHeight));
            }
            page.fill();
        }

        page.setNonStrokingColor(0.2f, 0.2f, 0.2f);
        int every = (int) Math.ceil(24 / slot);
        for (int p = 0; p < count; p += every) {
            String label = fonts.fit(fonts.regular, LABEL_SIZE, points.labels().get(p), slot * every - 2);
            float labelWidth = PdfFonts.width(fonts.regular, LABEL_SIZE, label);
            PdfReportWriter.showText(
                    page,
                    fonts.regular,
                    LABEL_SIZE,
                    left + p * slot + Math.max(0, (slot - labelWidth) / 2),
                    y + 4,
                    label);
        }

        if (series > 1) {
            float lx = left;
            for (int s = 0; s < series; s++) {
                String name =
                        table.columns().get(table.chart().valueColumns().get(s)).header();
                lx = legendEntry(lx, y + height - LEGEND_LINE, s, fonts.printable(name)) + 12;
            }
        }
    }

    private void drawSlices(float x, float y, float width, float height, boolean hole) throws IOException {
        List<BigDecimal> values = points.values(0);
        double total =
                values.stream().mapToDouble(v -> Math.abs(v.doubleValue())).sum();
        float radius = Math.min(height, width / 2) / 2 - 4;
        float cx = x + radius + 4;
        float cy = y + height / 2;
        float inner = hole ? radius * 0.5f : 0;

        double angle = Math.PI / 2;
        page.setStrokingColor(1f, 1f, 1f);
        page.setLineWidth(0.8f);
        for (int p = 0; p < values.size() && total > 0; p++) {
            double sweep = -2 * Math.PI * Math.abs(values.get(p).doubleValue()) / total;
            if (sweep == 0) {
                continue;
            }
            fill(p);
            page.moveTo(cx + radius * (float) Math.cos(angle), cy + radius * (float) Math.sin(angle));
            arc(cx, cy, radius, angle, angle + sweep);
            if (inner > 0) {
                page.lineTo(cx + inner * (float) Math.cos(angle + sweep), cy + inner * (float) Math.sin(angle + sweep));
                arc(cx, cy, inner, angle + sweep, angle);
            } else {
                page.lineTo(cx, cy);
            }
            page.closePath();
            page.fillAndStroke();
            angle += sweep;
        }

        float legendX = cx + radius + 16;
        float legendWidth = x + width - legendX;
        int lines = (int) (height / LEGEND_LINE);
        float ly = y + height - LEGEND_LINE;
        for (int p = 0; p < values.size(); p++) {
            if (p == lines - 1 && values.size() > lines) {
                page.setNonStrokingColor(0.2f, 0.2f, 0.2f);
                PdfReportWriter.showText(
                        page, fonts.regular, LABEL_SIZE, legendX, ly, "+ " + (values.size() - p) + " more");
                break;
            }
            String share = total > 0
                    ? text.of(
                            ColumnKind.PERCENT,
                            BigDecimal.valueOf(100 * Math.abs(values.get(p).doubleValue()) / total))
                    : "";
            String entry =
                    fonts.fit(fonts.regular, LABEL_SIZE, points.labels().get(p) + " (" + share + ")", legendWidth - 12);
            legendEntry(legendX, ly, p, entry);
            ly -= LEGEND_LINE;
        }
    }

    /** @return the x where the entry ends */
    private float legendEntry(float x, float y, int color, String printable) throws IOException {
        fill(color);
        page.addRect(x, y - 1, 7, 7);
        page.fill();
        page.setNonStrokingColor(0.2f, 0.2f, 0.2f);
        PdfReportWriter.showText(page, fonts.regular, LABEL_SIZE, x + 10, y, printable);
        return x + 10 + PdfFonts.width(fonts.regular, LABEL_SIZE, printable);
    }

    /** Appends an arc from the current point, as Bézier curves of at most a quarter turn each. */
    private void arc(float cx, float cy, float r, double from, double to) throws IOException {
        int parts = (int) Math.ceil(Math.abs(to - from) / (Math.PI / 2) - 1e-9);
        double step = (to - from) / Math.max(parts, 1);
        double k = 4.0 / 3 * Math.tan(step / 4);
        for (int i = 0; i < parts; i++) {
            double a = from + i * step;
            double b = a + step;
            float x0 = cx + r * (float) Math.cos(a);
            float y0 = cy + r * (float) Math.sin(a);
            float x3 = cx + r * (float) Math.cos(b);
            float y3 = cy + r * (float) Math.sin(b);
            page.curveTo(
                    x0 - (float) (k * r * Math.sin(a)),
                    y0 + (float) (k * r * Math.cos(a)),
                    x3 + (float) (k * r * Math.sin(b)),
                    y3 - (float) (k * r * Math.cos(b)),
                    x3,
                    y3);
        }
    }

    private void fill(int color) throws IOException {
        int[] rgb = ChartColors.of(color);
        page.setNonStrokingColor(rgb[0] / 255f, rgb[1] / 255f, rgb[2] / 255f);
    }

    /** @return 1, 2 or 5 times a power of ten, at least the rough step */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }
}
