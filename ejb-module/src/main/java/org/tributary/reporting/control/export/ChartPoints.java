package org.tributary.reporting.control.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The first rows of a report that its chart shows, kept while the table streams past. */
final class ChartPoints {

    private final ChartSpec spec;
    private final List<String> labels = new ArrayList<>();
    private final List<List<BigDecimal>> series = new ArrayList<>();

    ChartPoints(ChartSpec spec) {
        this.spec = spec;
        spec.valueColumns().forEach(column -> series.add(new ArrayList<>()));
    }

    void add(List<Object> row) {
        if (labels.size() >= ChartSpec.MAX_POINTS) {
            return;
        }
        Object label = row.get(spec.labelColumn());
        labels.add(label == null ? "" : label instanceof LocalDate date ? date.toString() : label.toString());
        for (int s = 0; s < series.size(); s++) {
            Object value = row.get(spec.valueColumns().get(s));
            series.get(s).add(value == null ? BigDecimal.ZERO : ColumnTotals.asDecimal(value));
        }
    }

    int size() {
        return labels.size();
    }

    List<String> labels() {
        return labels;
    }

    /** @param series the index into the spec's value columns */
    List<BigDecimal> values(int series) {
        return this.series.get(series);
    }

    int seriesCount() {
        return series.size();
    }
}
