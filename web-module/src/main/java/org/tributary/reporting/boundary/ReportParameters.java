package org.tributary.reporting.boundary;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.reporting.control.ReportQuery;
import org.tributary.reporting.control.Reports;

/** The query parameters every report takes, checked once (API.md, Reports). */
public class ReportParameters {

    private static final Set<String> SOURCE_KINDS = Set.of("BANK_API", "FILE", "CASH");
    private static final long MAX_DAYS = 366L * 20;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("category")
    List<String> categories;

    @QueryParam("sourceKind")
    List<String> sourceKinds;

    @QueryParam("source")
    List<String> sources;

    @QueryParam("limit")
    @DefaultValue("10")
    int limit;

    @QueryParam("interval")
    @DefaultValue("month")
    String interval;

    /** From and to default to the current month. */
    ReportQuery query(LocalDate today) {
        LocalDate start = date("from", from, today.withDayOfMonth(1));
        LocalDate end = date("to", to, today.withDayOfMonth(today.lengthOfMonth()));
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "The end of the period comes before its start.");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            throw new InvalidInputException("from", "A period may be at most 20 years long.");
        }
        List<String> kinds = new ArrayList<>();
        for (String kind : sourceKinds == null ? List.<String>of() : sourceKinds) {
            String normalised = kind.strip().toUpperCase(Locale.ROOT);
            if (!SOURCE_KINDS.contains(normalised)) {
                throw new InvalidInputException("sourceKind", "Use BANK_API, FILE or CASH.");
            }
            kinds.add(normalised);
        }
        List<UUID> sourceIds = new ArrayList<>();
        for (String source : sources == null ? List.<String>of() : sources) {
            try {
                sourceIds.add(UUID.fromString(source.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("source", "A source is given by its id.");
            }
        }
        List<String> names = categories == null
                ? List.of()
                : categories.stream()
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .toList();
        return new ReportQuery(start, end, names, kinds, sourceIds);
    }

    int limit() {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "Use a limit from 1 to 1000.");
        }
        return limit;
    }

    Reports.Interval interval() {
        try {
            return Reports.Interval.valueOf(interval.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("interval", "Use day, week, month or year.");
        }
    }

    private static LocalDate date(String field, String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Use a date such as 2024-03-31.");
        }
    }
}
