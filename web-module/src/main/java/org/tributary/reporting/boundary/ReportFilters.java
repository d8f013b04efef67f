package org.tributary.reporting.boundary;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tributary.reporting.control.ReportQuery;

/**
 * What the overview and the reports page are showing: a period (a preset or the person's own dates) and the
 * filters category, kind of source and source. Turns into a {@link ReportQuery} for the services, into the
 * query string of the export links and of the links to the transactions behind a number, into the page's own
 * address (so that a view can be bookmarked) and into the words the account remembers the period by.
 *
 * <p>The presets of several months end today: "last 12 months" on 3 December 2026 is 4 December 2025 – 3
 * December 2026, never a calendar year with days still to come. "This month" and "last month" are calendar
 * months. Chosen dates stay as chosen: a period whose end comes before its start is refused at the field, never
 * replaced by another.
 */
public class ReportFilters implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CHOSEN_DATES = Pattern.compile("CUSTOM:(\\d{4}-\\d{2}-\\d{2}):(\\d{4}-\\d{2}-\\d{2})");

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

    /** Sets from and to from the preset (a custom period keeps the dates given; missing ones are this month's). */
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
                from = today.minusMonths(3).plusDays(1);
                to = today;
            }
            case LAST_12_MONTHS -> {
                from = today.minusMonths(12).plusDays(1);
                to = today;
            }
            case CUSTOM -> {
                if (from == null) {
                    from = monthStart;
                }
                if (to == null) {
                    to = monthStart.plusMonths(1).minusDays(1);
                }
            }
        }
    }

    /** @return whether the period ends on or after its start */
    public boolean inOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    /** @return the words the account remembers the period by: the preset, or CUSTOM:from:to */
    public String remembered() {
        return period == Period.CUSTOM ? "CUSTOM:" + from + ":" + to : period.name();
    }

    /** Takes up a period remembered by {@link #remembered()}; anything else leaves this one as it is. */
    public void recall(String remembered) {
        if (remembered == null) {
            return;
        }
        Matcher dates = CHOSEN_DATES.matcher(remembered);
        if (dates.matches()) {
            period = Period.CUSTOM;
            from = LocalDate.parse(dates.group(1));
            to = LocalDate.parse(dates.group(2));
            return;
        }
        for (Period preset : Period.values()) {
            if (preset != Period.CUSTOM && preset.name().equals(remembered)) {
                period = preset;
            }
        }
    }

    /**
     * Takes up the page address's parameters (period, from, to, category, sourceKind, source), as {@link
     * #pageQueryString()} writes them. Dates that are not dates are left out, like a preset that is not one.
     */
    public void takeUp(Map<String, String> parameters) {
        String preset = parameters.get("period");
        if (preset != null && !"CUSTOM".equals(preset)) {
            recall(preset);
        } else if (parameters.containsKey("from") || parameters.containsKey("to")) {
            period = Period.CUSTOM;
            from = date(parameters.get("from"));
            to = date(parameters.get("to"));
        }
        category = blank(parameters.get("category")) ? null : parameters.get("category");
        sourceKind = blank(parameters.get("sourceKind")) ? null : parameters.get("sourceKind");
        String sourceId = parameters.get("source");
        source = sourceId != null && UUID_TEXT.matcher(sourceId).matches() ? sourceId : null;
    }

    /** @return whether the address names a period or a filter (then it, not the remembered period, applies) */
    public static boolean named(Map<String, String> parameters) {
        return PAGE_PARAMETERS.stream().anyMatch(parameters::containsKey);
    }

    private static final List<String> PAGE_PARAMETERS =
            List.of("period", "from", "to", "category", "sourceKind", "source");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code period=…} (with from and to for chosen dates) and the filters that are set: the page's address. */
    public String pageQueryString() {
        StringJoiner query = new StringJoiner("&");
        query.add("period=" + period);
        if (period == Period.CUSTOM) {
            query.add("from=" + from).add("to=" + to);
        }
        add(query, "category", category);
        add(query, "sourceKind", sourceKind);
        add(query, "source", source);
        return query.toString();
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
