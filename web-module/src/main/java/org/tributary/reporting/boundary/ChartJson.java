package org.tributary.reporting.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart}, as JSON. A category's colour comes from
 * {@link org.tributary.categorising.boundary.CategoryLooks}, the same as in its chips and lists; every chart
 * has a legend with words and a table beside it, so nothing is said by colour alone. The charts fill the
 * height their box gives them (portal.css), so a phone shows a real chart, not a strip.
 */
final class ChartJson {

    static final List<String> PALETTE =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#999999");
    static final String MONEY_IN = "#1b6e2d";
    static final String MONEY_OUT = "#b3261e";
    static final String NET = "#1f2933";

    private ChartJson() {}

    /** One bar per period, stacked from the categories' amounts (each series in its category's colour). */
    static String stackedBars(
            List<String> periods, List<String> labels, List<String> colours, List<List<BigDecimal>> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            datasets.add(Json.createObjectBuilder()
                    .add("label", labels.get(i))
                    .add("data", numbers(series.get(i)))
                    .add("backgroundColor", colours.get(i))
                    .add("borderColor", "#ffffff")
                    .add("borderWidth", 1)
                    .add("stack", "spending"));
        }
        JsonObjectBuilder options = options(true);
        options.add(
                "scales",
                Json.createObjectBuilder()
                        .add(
                                "x",
                                Json.createObjectBuilder()
                                        .add("stacked", true)
                                        .add("ticks", ticks())
                                        .add("grid", noGrid()))
                        .add(
                                "y",
                                Json.createObjectBuilder().add("stacked", true).add("ticks", ticks())));
        return forScript(Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", texts(periods)).add("datasets", datasets))
                .add("options", options)
                .build());
    }

    /** Money in, money out and what was left, each a line over the periods. */
    static String balanceLines(
            List<String> periods,
            String incomeLabel,
            List<BigDecimal> income,
            String expensesLabel,
            List<BigDecimal> expenses,
            String netLabel,
            List<BigDecimal> net) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(line(incomeLabel, income, MONEY_IN).add("pointStyle", "circle"))
                .add(line(expensesLabel, expenses, MONEY_OUT).add("pointStyle", "rect"))
                .add(line(netLabel, net, NET)
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                        .add("pointStyle", "rectRot"));
        return forScript(Json.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", texts(periods)).add("datasets", datasets))
                .add("options", options(true))
                .build());
    }

    private static JsonObjectBuilder line(String label, List<BigDecimal> values, String colour) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", numbers(values))
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("borderWidth", 3)
                .add("pointRadius", 4)
                .add("tension", 0.3);
    }

    /**
     * The JSON made safe to stand inside an inline {@code <script>}, where PrimeFaces puts it: a category name is
     * typed by its owner, and "</script>" in one would end the script. {@code <}, {@code >}, {@code &} and the
     * two line separators JavaScript once took for line ends are written as JSON escapes, which read back as
     * the same characters (they occur only inside strings: JSON's own syntax has none of them).
     */
    static String forScript(JsonObject chart) {
        String json = chart.toString();
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<', '>', '&', '\u2028', '\u2029' -> safe.append(String.format("\\u%04x", (int) c));
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    private static JsonObjectBuilder noGrid() {
        return Json.createObjectBuilder().add("display", false);
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
        return forScript(Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", texts(labels)).add("datasets", datasets))
                .add("options", options(true))
                .build());
    }

    private static JsonObjectBuilder options(boolean axes) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
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
