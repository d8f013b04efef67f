package org.tributary.reporting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tributary.reporting.control.Reports;

/**
 * The small trend lines on the overview's cards, as the {@code points} of an SVG polyline in a 100 × 24 box:
 * drawn on the server, so a card costs no script and no canvas. The cards say their figures in words; the
 * lines are decoration beside them.
 */
public record Sparklines(String moneyIn, String moneyOut, String net) implements Serializable {

    static final Sparklines NONE = new Sparklines("", "", "");

    private static final double WIDTH = 100;
    private static final double HEIGHT = 24;
    /** Room for the line's own width at the top and bottom. */
    private static final double MARGIN = 2;

    static Sparklines of(List<Reports.Balance.Row> periods) {
        if (periods.size() < 2) {
            return NONE;
        }
        return new Sparklines(
                points(periods, Reports.Balance.Row::income),
                points(periods, Reports.Balance.Row::expenses),
                points(periods, Reports.Balance.Row::net));
    }

    private static String points(List<Reports.Balance.Row> periods, Function<Reports.Balance.Row, BigDecimal> value) {
        double[] values = periods.stream()
                .mapToDouble(row -> value.apply(row).doubleValue())
                .toArray();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max - min;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            double x = WIDTH * i / (values.length - 1);
            double y = range == 0 ? HEIGHT / 2 : MARGIN + (HEIGHT - 2 * MARGIN) * (max - values[i]) / range;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return points.toString().strip();
    }
}
