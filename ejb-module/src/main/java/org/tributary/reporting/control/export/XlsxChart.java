package org.tributary.reporting.control.export;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFDoughnutChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * A native Excel chart over the first rows of the table. Its series refer to the cells, so the chart follows
 * edits; the values are also cached in the chart because the streamed rows can no longer be read back.
 */
final class XlsxChart {

    private static final int WIDTH_IN_COLUMNS = 10;
    private static final int HEIGHT_IN_ROWS = 22;

    private XlsxChart() {}

    /**
     * @param headerRow the index of the table's header row; the chart's points are the rows after it
     */
    static void draw(SXSSFSheet sheet, ReportTable table, ChartPoints points, int headerRow) {
        ChartSpec spec = table.chart();
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        int left = table.columns().size() + 1;
        XSSFChart chart = drawing.createChart(
                drawing.createAnchor(0, 0, 0, 0, left, headerRow, left + WIDTH_IN_COLUMNS, headerRow + HEIGHT_IN_ROWS));
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);

        String sheetName = sheet.getSheetName();
        int first = headerRow + 1;
        int last = headerRow + points.size();
        XDDFCategoryDataSource labels = XDDFDataSourcesFactory.fromArray(
                points.labels().toArray(String[]::new), range(sheetName, first, last, spec.labelColumn()));

        XDDFChartData data;
        if (spec.kind() == ChartKind.BAR) {
            XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
            bars.setBarDirection(BarDirection.COL);
            bars.setVaryColors(false);
            data = bars;
        } else {
            data = chart.createData(spec.kind() == ChartKind.PIE ? ChartTypes.PIE : ChartTypes.DOUGHNUT, null, null);
            data.setVaryColors(true);
            if (data instanceof XDDFDoughnutChartData doughnut) {
                doughnut.setHoleSize(50);
            }
        }
        for (int s = 0; s < points.seriesCount(); s++) {
            int column = spec.valueColumns().get(s);
            ColumnKind kind = table.columns().get(column).kind();
            List<BigDecimal> values = points.values(s);
            Double[] cached = values.stream()
                    .map(v -> XlsxReportWriter.numberInCell(kind, v))
                    .toArray(Double[]::new);
            XDDFChartData.Series series = data.addSeries(
                    labels, XDDFDataSourcesFactory.fromArray(cached, range(sheetName, first, last, column)));
            series.setTitle(
                    table.columns().get(column).header(), new CellReference(sheetName, headerRow, column, true, true));
            // Explicit colours: the automatic ones come from a theme, which a POI workbook does not have.
            if (spec.kind() == ChartKind.BAR) {
                series.setFillProperties(solid(s));
            } else {
                for (int p = 0; p < points.size(); p++) {
                    series.getDataPoint(p).setFillProperties(solid(p));
                }
            }
        }
        if (spec.kind() != ChartKind.BAR || points.seriesCount() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        }
        chart.plot(data);
    }

    private static XDDFSolidFillProperties solid(int color) {
        int[] rgb = ChartColors.of(color);
        // from(int, int, int) would read percentages: the bytes are the sRGB value.
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]}));
    }

    private static String range(String sheetName, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheetName, true);
    }
}
