package org.tributary.reporting.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.tributary.categorising.control.CategoryNames;

/**
 * What every report is asked for: a period (inclusive dates) and the filters category, source kind
 * (BANK_API, FILE, CASH) and source, each repeatable (any of the values matches; none given: all).
 */
public record ReportQuery(
        LocalDate from, LocalDate to, List<String> categories, List<String> sourceKinds, List<UUID> sources) {

    public ReportQuery {
        categories = categories == null
                ? List.of()
                : categories.stream().map(CategoryNames::key).toList();
        sourceKinds = sourceKinds == null ? List.of() : List.copyOf(sourceKinds);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static ReportQuery period(LocalDate from, LocalDate to) {
        return new ReportQuery(from, to, List.of(), List.of(), List.of());
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The period of equal length just before this one, with the same filters. */
    public ReportQuery previous() {
        LocalDate previousTo = from.minusDays(1);
        return new ReportQuery(previousTo.minusDays(days() - 1), previousTo, categories, sourceKinds, sources);
    }

    public ReportQuery withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new ReportQuery(newFrom, newTo, categories, sourceKinds, sources);
    }
}
