package org.tributary.reporting.boundary;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.tributary.reporting.control.ReportQuery;

/**
 * What the overview and the reports page are showing: a period (a preset or the person's own dates) and the
 * filters category, kind of source and source. Turns into a {@link ReportQuery} for the services and into
 * the query string of the export links and of the links to the transactions behind a number.
 */
public class ReportFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Period {
        THIS_MONTH,
        LAST_MONTH,
        LAST_3_MONTHS,
        LAST_12_MONTHS,
        CUSTOM
    }

    private Period period = Period.THIS_MONTH;
    private LocalDate from;
    private LocalDate to;
    private String category;
    private String sourceKind;
    private String source;

    /** Sets from and to from the preset (a custom period keeps the dates given). */
    public void resolve(LocalDate today) {
        LocalDate monthStart = today.withDayOfMonth(1);
        switch (period) {
            case THIS_MONTH -> {
                from = monthStart;
                to = monthStart.plusMonths(1).minusDays(1);
            }
            case LAST_MONTH -> {
                from = monthStart.minusMonths(1);
                to = monthStart.minusDays(1);
            }
            case LAST_3_MONTHS -> {
                from = monthStart.minusMonths(2);
                to = monthStart.plusMonths(1).minusDays(1);
            }
            case LAST_12_MONTHS -> {
                from = monthStart.minusMonths(11);
                to = monthStart.plusMonths(1).minusDays(1);
            }
            case CUSTOM -> {
                if (from == null) {
                    from = monthStart;
                }
                if (to == null || to.isBefore(from)) {
                    to = from.plusMonths(1).minusDays(1);
                }
            }
        }
    }

    public ReportQuery query() {
        return new ReportQuery(
                from,
                to,
                blank(category) ? List.of() : List.of(category),
                blank(sourceKind) ? List.of() : List.of(sourceKind),
                blank(source) ? List.of() : List.of(UUID.fromString(source)));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** {@code from=…&to=…} and the filters that are set, for the API's report and export addresses. */
    public String queryString() {
        StringJoiner query = new StringJoiner("&");
        query.add("from=" + from).add("to=" + to);
        add(query, "category", category);
        add(query, "sourceKind", sourceKind);
        add(query, "source", source);
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (!blank(value)) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public Period getPeriod() {
        return period;
    }

    public void setPeriod(Period period) {
        this.period = period;
    }

    public Period[] getPeriods() {
        return Period.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSourceKind() {
        return sourceKind;
    }

    public void setSourceKind(String sourceKind) {
        this.sourceKind = sourceKind;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
