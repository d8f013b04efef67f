package org.tributary.reporting.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart}, as JSON. The colours are the Okabe–Ito palette (told apart
 * with any colour vision) and every chart has a legend with words and a table beside it, so nothing is
 * said by colour alone.
 */
final class ChartJson {

    static final List<String> PALETTE =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#999999");
    static final String MONEY_IN = "#1b6e2d";
    static final String MONEY_OUT = "#b3261e";
    static final String NET = "#1a1a1a";

    private ChartJson() {}

    static String doughnut(List<String> labels, List<BigDecimal> values) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(PALETTE.get(i % PALETTE.size()));
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("data", numbers(values))
                .add("backgroundColor", colours)
                .add("borderColor", "#ffffff")
                .add("borderWidth", 2);
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", texts(labels))
                                .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options(false))
                .build()
                .toString();
    }

    /** Money in and money out as bars per period, the net as a line over them. */
    static String balance(
            List<String> periods,
            String incomeLabel,
            List<BigDecimal> income,
            String expensesLabel,
            List<BigDecimal> expenses,
            String netLabel,
            List<BigDecimal> net) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("type", "bar")
                        .add("label", incomeLabel)
                        .add("data", numbers(income))
                        .add("backgroundColor", MONEY_IN))
                .add(Json.createObjectBuilder()
                        .add("type", "bar")
                        .add("label", expensesLabel)
                        .add("data", numbers(expenses))
                        .add("backgroundColor", MONEY_OUT))
                .add(Json.createObjectBuilder()
                        .add("type", "line")
                        .add("label", netLabel)
                        .add("data", numbers(net))
                        .add("borderColor", NET)
                        .add("backgroundColor", NET)
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                        .add("pointStyle", "rectRot")
                        .add("pointRadius", 6));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", texts(periods)).add("datasets", datasets))
                .add("options", options(true))
                .build()
                .toString();
    }

    /** One bar per row and series, a series per value column of a report (its legend names the column). */
    static String bars(List<String> labels, List<String> seriesNames, List<List<BigDecimal>> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int s = 0; s < series.size(); s++) {
            datasets.add(Json.createObjectBuilder()
                    .add("label", seriesNames.get(s))
                    .add("data", numbers(series.get(s)))
                    .add("backgroundColor", PALETTE.get(s % PALETTE.size())));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", texts(labels)).add("datasets", datasets))
                .add("options", options(true))
                .build()
                .toString();
    }

    private static JsonObjectBuilder options(boolean axes) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", true)
                .add("animation", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "legend",
                                        Json.createObjectBuilder()
                                                .add("position", "bottom")
                                                .add(
                                                        "labels",
                                                        Json.createObjectBuilder()
                                                                .add("color", "#1a1a1a")
                                                                .add(
                                                                        "font",
                                                                        Json.createObjectBuilder()
                                                                                .add("size", 16)))));
        if (axes) {
            options.add(
                    "scales",
                    Json.createObjectBuilder()
                            .add("x", Json.createObjectBuilder().add("ticks", ticks()))
                            .add("y", Json.createObjectBuilder().add("ticks", ticks())));
        }
        return options;
    }

    private static JsonObjectBuilder ticks() {
        return Json.createObjectBuilder()
                .add("color", "#1a1a1a")
                .add("font", Json.createObjectBuilder().add("size", 14));
    }

    private static JsonArrayBuilder texts(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder numbers(List<BigDecimal> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
