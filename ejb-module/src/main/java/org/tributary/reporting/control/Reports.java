package org.tributary.reporting.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.tributary.accounts.control.Accounts;
import org.tributary.reporting.control.ExchangeRates.MissingRate;
import org.tributary.reporting.control.ExchangeRates.UsedRate;

/**
 * The reports, read from the ClickHouse ledger for one user: totals by category, the largest transactions,
 * growth against the previous period, new merchants, income and expenses over time, and highlights.
 * Amounts are in the user's base currency; expenses are positive numbers; transfers between the user's own
 * accounts are neither spending nor income. Each report names the exchange rates it used and those missing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Reports {

    public enum Interval {
        DAY,
        WEEK,
        MONTH,
        YEAR
    }

    public record ByCategory(
            LocalDate from,
            LocalDate to,
            String currency,
            List<Row> rows,
            List<UsedRate> rates,
            List<MissingRate> missingRates) {
        public record Row(String category, String type, BigDecimal total, long count) {}
    }

    public record Largest(
            LocalDate from,
            LocalDate to,
            String currency,
            List<ReportTransaction> rows,
            List<UsedRate> rates,
            List<MissingRate> missingRates) {}

    public record Growth(
            LocalDate from,
            LocalDate to,
            LocalDate previousFrom,
            LocalDate previousTo,
            String currency,
            List<Row> rows,
            List<ReportTransaction> transactions,
            List<UsedRate> rates,
            List<MissingRate> missingRates) {
        /** A category (merchant null) or a merchant whose spending grew. */
        public record Row(
                String category,
                String merchant,
                BigDecimal current,
                BigDecimal previous,
                BigDecimal delta,
                BigDecimal deltaPercent) {}
    }

    public record NewMerchants(
            LocalDate from,
            LocalDate to,
            String currency,
            List<Row> rows,
            List<UsedRate> rates,
            List<MissingRate> missingRates) {
        /** total: what was spent there (negative when the merchant paid the user more than it was paid). */
        public record Row(String merchant, LocalDate firstSeen, long count, BigDecimal total) {}
    }

    public record Balance(
            LocalDate from,
            LocalDate to,
            String currency,
            String interval,
            List<Row> rows,
            List<UsedRate> rates,
            List<MissingRate> missingRates) {
        public record Row(String period, LocalDate start, BigDecimal income, BigDecimal expenses, BigDecimal net) {}
    }

    public record Highlights(
            LocalDate from,
            LocalDate to,
            String currency,
            List<Row> rows,
            List<UsedRate> rates,
            List<MissingRate> missingRates) {
        /** kind: UNUSUAL_AMOUNT, DUPLICATE_CHARGE, PRICE_CHANGE or AFTER_LONG_GAP. */
        public record Row(String kind, String reason, ReportTransaction transaction) {}
    }

    static final int MAX_BUCKETS = 5_000;
    private static final int GROWTH_MERCHANTS = 20;
    private static final int HIGHLIGHTS_PER_KIND = 20;

    @Resource
    ManagedExecutorService executor;

    @Inject
    LedgerAnalytics analytics;

    @Inject
    RateBook rateBook;

    @Inject
    Accounts accounts;

    public ByCategory byCategory(UUID userId, ReportQuery query) {
        ExchangeRates rates = ratesFor(userId, query.to());
        ConvertedTotals<List<String>> spent = new ConvertedTotals<>(rates);
        ConvertedTotals<List<String>> moved = new ConvertedTotals<>(rates);
        analytics.query(
                "SELECT type, category, currency, " + ConvertedTotals.day(rates.baseCurrency())
                        + ", sum(amount) AS total, sum(transactions) AS n, sum(outgoing) AS outgoing"
                        + " FROM {daily} WHERE {filter} GROUP BY type, category, currency, day",
                row -> {
                    List<String> key = List.of(row.getString("type"), row.getString("category"));
                    spent.add(key, row, "total", "n");
                    moved.add(key, row, "outgoing", null);
                    return key;
                },
                LedgerFilter.daily(userId, query));
        List<ByCategory.Row> rows = new ArrayList<>();
        spent.totals().forEach((key, total) -> {
            String type = key.get(0);
            BigDecimal amount = switch (type) {
                case "EXPENSE" -> total.sum().negate();
                case "TRANSFER" -> moved.of(key).sum().negate();
                default -> total.sum();
            };
            rows.add(new ByCategory.Row(key.get(1), type, amount, total.count()));
        });
        rows.sort(Comparator.comparing((ByCategory.Row r) -> typeOrder(r.type()))
                .thenComparing(ByCategory.Row::total, Comparator.reverseOrder())
                .thenComparing(ByCategory.Row::category));
        return new ByCategory(query.from(), query.to(), rates.baseCurrency(), rows, rates.used(), rates.missing());
    }

    public Largest largest(UUID userId, ReportQuery query, int limit) {
        ExchangeRates rates = ratesFor(userId, query.to());
        // First the ids and days of the largest, sorting three narrow columns; then only those rows in full,
        // from their days alone (the table is ordered by user and day): a third faster than sorting whole rows.
        List<String> ids = new ArrayList<>();
        java.util.Set<java.sql.Date> days = new java.util.TreeSet<>();
        analytics.query(
                "SELECT toString(transaction_id) AS id, booked_date FROM {ledger} WHERE {filter}"
                        + " AND type != 'TRANSFER' ORDER BY abs(" + LedgerAnalytics.CENTS
                        + ") DESC, booked_date DESC, transaction_id"
                        + " LIMIT " + limit + " BY currency",
                row -> {
                    days.add(row.getDate("booked_date"));
                    return ids.add(row.getString("id"));
                },
                LedgerFilter.of(userId, query));
        List<ReportTransaction> candidates = ids.isEmpty()
                ? List.of()
                : analytics.query(
                        "SELECT " + LedgerAnalytics.TRANSACTION_COLUMNS + " FROM {ledger} WHERE {filter}",
                        row -> LedgerAnalytics.transaction(row, rates),
                        LedgerFilter.of(userId).in("booked_date", days).in("toString(transaction_id)", ids));
        List<ReportTransaction> rows = candidates.stream()
                .sorted(Comparator.comparing(
                                (ReportTransaction t) -> t.baseAmount() == null
                                        ? BigDecimal.ZERO
                                        : t.baseAmount().abs(),
                                Comparator.reverseOrder())
                        .thenComparing(ReportTransaction::date, Comparator.reverseOrder())
                        .thenComparing(ReportTransaction::id))
                .limit(limit)
                .toList();
        return new Largest(query.from(), query.to(), rates.baseCurrency(), rows, rates.used(), rates.missing());
    }

    public Growth growth(UUID userId, ReportQuery query) {
        ExchangeRates rates = ratesFor(userId, query.to());
        ReportQuery previous = query.previous();
        // The payments larger than before are read from the ledger while the totals come from the daily ones.
        Future<List<ReportTransaction>> largerThanBefore = executor.submit(() -> analytics.query(
                "SELECT " + LedgerAnalytics.TRANSACTION_COLUMNS + " FROM (SELECT " + LedgerAnalytics.TRANSACTION_COLUMNS
                        + " FROM {ledger} WHERE {filter}) ANY INNER JOIN (SELECT merchant, currency,"
                        + " min(amount) AS previous_largest FROM {ledger} WHERE {filter} GROUP BY merchant, currency)"
                        + " USING (merchant, currency) WHERE amount < previous_largest"
                        + " ORDER BY " + LedgerAnalytics.CENTS + ", booked_date LIMIT 50",
                row -> LedgerAnalytics.transaction(row, rates),
                LedgerFilter.of(userId, query).and("type = 'EXPENSE'"),
                LedgerFilter.of(userId, previous).and("type = 'EXPENSE'")));
        ConvertedTotals<List<String>> byCategory = new ConvertedTotals<>(rates);
        ConvertedTotals<List<String>> byMerchant = new ConvertedTotals<>(rates);
        analytics.query(
                "SELECT category, merchant, booked_date >= toDate('" + query.from() + "') AS in_period, currency, "
                        + ConvertedTotals.day(rates.baseCurrency()) + ", -sum(amount) AS spent"
                        + " FROM {daily} WHERE {filter} GROUP BY category, merchant, in_period, currency, day",
                row -> {
                    String period = row.getInt("in_period") == 1 ? "current" : "previous";
                    byCategory.add(List.of(row.getString("category"), period), row, "spent", null);
                    byMerchant.add(List.of(row.getString("merchant"), period), row, "spent", null);
                    return period;
                },
                LedgerFilter.daily(userId)
                        .between(previous.from(), query.to())
                        .filters(query)
                        .and("type = 'EXPENSE'"));
        List<Growth.Row> rows = new ArrayList<>(grown(byCategory, true));
        rows.addAll(grown(byMerchant, false).stream().limit(GROWTH_MERCHANTS).toList());
        List<ReportTransaction> larger = done(largerThanBefore);
        return new Growth(
                query.from(),
                query.to(),
                previous.from(),
                previous.to(),
                rates.baseCurrency(),
                rows,
                larger,
                rates.used(),
                rates.missing());
    }

    public NewMerchants newMerchants(UUID userId, ReportQuery query) {
        ExchangeRates rates = ratesFor(userId, query.to());
        ConvertedTotals<String> spent = new ConvertedTotals<>(rates);
        Map<String, LocalDate> firstSeen = new java.util.HashMap<>();
        analytics.query(
                "SELECT merchant, currency, " + ConvertedTotals.day(rates.baseCurrency())
                        + ", min(booked_date) AS first_seen, sum(transactions) AS n, -sum(amount) AS spent"
                        + " FROM {daily} WHERE {filter} AND merchant IN (SELECT merchant FROM {daily}"
                        + " WHERE {filter} GROUP BY merchant HAVING min(booked_date) >= toDate('" + query.from()
                        + "')) GROUP BY merchant, currency, day",
                row -> {
                    String merchant = row.getString("merchant");
                    spent.add(merchant, row, "spent", "n");
                    firstSeen.merge(merchant, row.getDate("first_seen").toLocalDate(), (a, b) -> a.isBefore(b) ? a : b);
                    return merchant;
                },
                LedgerFilter.daily(userId, query).and("type != 'TRANSFER'"),
                LedgerFilter.daily(userId)
                        .and("booked_date <= ?", java.sql.Date.valueOf(query.to()))
                        .and("type != 'TRANSFER'"));
        List<NewMerchants.Row> rows = new ArrayList<>();
        spent.totals()
                .forEach((merchant, total) ->
                        rows.add(new NewMerchants.Row(merchant, firstSeen.get(merchant), total.count(), total.sum())));
        rows.sort(Comparator.comparing(NewMerchants.Row::firstSeen).thenComparing(NewMerchants.Row::merchant));
        return new NewMerchants(query.from(), query.to(), rates.baseCurrency(), rows, rates.used(), rates.missing());
    }

    public Balance balance(UUID userId, ReportQuery query, Interval interval) {
        List<LocalDate> starts = buckets(query, interval);
        ExchangeRates rates = ratesFor(userId, query.to());
        ConvertedTotals<List<Object>> sums = new ConvertedTotals<>(rates);
        analytics.query(
                "SELECT " + bucket(interval) + " AS period, type, currency, "
                        + ConvertedTotals.day(rates.baseCurrency())
                        + ", sum(amount) AS total FROM {daily} WHERE {filter} GROUP BY period, type, currency, day",
                row -> {
                    List<Object> key = List.of(row.getDate("period").toLocalDate(), row.getString("type"));
                    sums.add(key, row, "total", null);
                    return key;
                },
                LedgerFilter.daily(userId, query).and("type IN ('INCOME', 'EXPENSE')"));
        List<Balance.Row> rows = new ArrayList<>();
        for (LocalDate start : starts) {
            BigDecimal income = sums.of(List.of(start, "INCOME")).sum();
            BigDecimal expenses = sums.of(List.of(start, "EXPENSE")).sum().negate();
            rows.add(new Balance.Row(label(start, interval), start, income, expenses, income.subtract(expenses)));
        }
        return new Balance(
                query.from(),
                query.to(),
                rates.baseCurrency(),
                interval.name().toLowerCase(java.util.Locale.ROOT),
                rows,
                rates.used(),
                rates.missing());
    }

    public Highlights highlights(UUID userId, ReportQuery query) {
        ExchangeRates rates = ratesFor(userId, query.to());
        // The four kinds are independent queries: asked side by side, the report takes as long as the slowest.
        List<Future<List<Highlights.Row>>> kinds = List.<Callable<List<Highlights.Row>>>of(
                        () -> unusualAmounts(userId, query, rates),
                        () -> duplicateCharges(userId, query, rates),
                        () -> priceChanges(userId, query, rates),
                        () -> afterLongGaps(userId, query, rates))
                .stream()
                .map(executor::submit)
                .toList();
        List<Highlights.Row> rows = new ArrayList<>();
        for (Future<List<Highlights.Row>> kind : kinds) {
            rows.addAll(done(kind));
        }
        return new Highlights(query.from(), query.to(), rates.baseCurrency(), rows, rates.used(), rates.missing());
    }

    private static <T> T done(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Far above the merchant's usual amount: beyond its median by more than three interquartile ranges (at
     * least half the median), over the merchant's last year — robust to the outliers it looks for. The
     * statistics are of the merchant's payment per day (a day's total over its count, from the daily
     * totals): the same as per payment for anyone who pays a merchant at most once a day, and a few thousand
     * rows for a year instead of a million.
     */
    private List<Highlights.Row> unusualAmounts(UUID userId, ReportQuery query, ExchangeRates rates) {
        String perPayment = "toInt64(round(toFloat64(amount) * 100 / transactions))";
        return analytics.query(
                "SELECT " + LedgerAnalytics.TRANSACTION_COLUMNS + ", usual, n FROM (SELECT "
                        + LedgerAnalytics.TRANSACTION_COLUMNS + ", " + LedgerAnalytics.CENTS + " AS cents"
                        + " FROM {ledger} WHERE {filter}) ANY INNER JOIN (SELECT merchant, currency,"
                        + " toInt64(quantileExact(0.25)(" + perPayment + ")) AS q1,"
                        + " toInt64(quantileExact(0.5)(" + perPayment + ")) AS usual,"
                        + " toInt64(quantileExact(0.75)(" + perPayment + ")) AS q3, sum(transactions) AS n"
                        + " FROM {daily} WHERE {filter} GROUP BY merchant, currency HAVING n >= 5)"
                        + " USING (merchant, currency)"
                        + " WHERE cents < usual - 3 * greatest(toFloat64(q3 - q1), abs(toFloat64(usual)) * 0.5)"
                        + " ORDER BY cents LIMIT " + HIGHLIGHTS_PER_KIND,
                row -> {
                    ReportTransaction t = LedgerAnalytics.transaction(row, rates);
                    return new Highlights.Row(
                            "UNUSUAL_AMOUNT",
                            money(t.amount().negate(), t.currency()) + " at " + t.merchant()
                                    + " is far above its usual "
                                    + money(BigDecimal.valueOf(-row.getLong("usual"), 2), t.currency())
                                    + " (the median of " + row.getLong("n") + " payments in the last year).",
                            t);
                },
                LedgerFilter.of(userId, query).and("type = 'EXPENSE'"),
                LedgerFilter.daily(userId)
                        .between(query.to().minusDays(365), query.to())
                        .and("type = 'EXPENSE'"));
    }

    private List<Highlights.Row> duplicateCharges(UUID userId, ReportQuery query, ExchangeRates rates) {
        return analytics.query(
                "SELECT merchant, booked_date, amount, currency, count() AS n, any(transaction_id) AS any_id,"
                        + " any(description) AS any_description, any(category) AS any_category,"
                        + " any(source_id) AS any_source, any(source_kind) AS any_kind, any(source_name) AS any_name"
                        + " FROM {ledger} WHERE {filter} GROUP BY merchant, booked_date, amount, currency"
                        + " HAVING n > 1 ORDER BY booked_date DESC, amount LIMIT " + HIGHLIGHTS_PER_KIND,
                row -> {
                    LocalDate date = row.getDate("booked_date").toLocalDate();
                    BigDecimal amount = row.getBigDecimal("amount");
                    String currency = row.getString("currency");
                    ReportTransaction t = new ReportTransaction(
                            UUID.fromString(row.getString("any_id")),
                            date,
                            amount,
                            currency,
                            row.getString("any_description"),
                            row.getString("merchant"),
                            row.getString("any_category"),
                            "EXPENSE",
                            UUID.fromString(row.getString("any_source")),
                            row.getString("any_kind"),
                            row.getString("any_name"),
                            rates.toBase(currency, date, amount));
                    return new Highlights.Row(
                            "DUPLICATE_CHARGE",
                            row.getLong("n") + " identical charges of " + money(amount.negate(), currency) + " at "
                                    + t.merchant() + " on " + date + ": check that you were not charged twice.",
                            t);
                },
                LedgerFilter.of(userId, query).and("type = 'EXPENSE'"));
    }

    /**
     * A merchant charged one amount at least three months running, and now another. The months before come
     * from the daily totals: each of those days one payment, all of one amount.
     */
    private List<Highlights.Row> priceChanges(UUID userId, ReportQuery query, ExchangeRates rates) {
        return analytics.query(
                "SELECT " + LedgerAnalytics.TRANSACTION_COLUMNS + ", previous_price FROM (SELECT "
                        + LedgerAnalytics.TRANSACTION_COLUMNS + " FROM {ledger} WHERE {filter}) ANY INNER JOIN"
                        + " (SELECT merchant, currency, any(amount) AS previous_price FROM {daily} WHERE {filter}"
                        + " GROUP BY merchant, currency HAVING sum(transactions) >= 3 AND max(transactions) = 1"
                        + " AND uniqExact(amount) = 1 AND uniqExact(toStartOfMonth(booked_date)) >= 3)"
                        + " USING (merchant, currency)"
                        + " WHERE amount != previous_price ORDER BY booked_date LIMIT 1 BY merchant"
                        + " LIMIT " + HIGHLIGHTS_PER_KIND,
                row -> {
                    ReportTransaction t = LedgerAnalytics.transaction(row, rates);
                    return new Highlights.Row(
                            "PRICE_CHANGE",
                            t.merchant() + " now charges " + money(t.amount().negate(), t.currency()) + " instead of "
                                    + money(row.getBigDecimal("previous_price").negate(), t.currency()) + ".",
                            t);
                },
                LedgerFilter.of(userId, query).and("type = 'EXPENSE'"),
                LedgerFilter.daily(userId)
                        .between(query.from().minusDays(120), query.from().minusDays(1))
                        .and("type = 'EXPENSE'"));
    }

    private List<Highlights.Row> afterLongGaps(UUID userId, ReportQuery query, ExchangeRates rates) {
        return analytics.query(
                "SELECT " + LedgerAnalytics.TRANSACTION_COLUMNS + ", last_before FROM (SELECT "
                        + LedgerAnalytics.TRANSACTION_COLUMNS + " FROM {ledger} WHERE {filter}) ANY INNER JOIN"
                        + " (SELECT merchant, max(booked_date) AS last_before FROM {daily} WHERE {filter}"
                        + " GROUP BY merchant HAVING last_before < toDate('"
                        + query.from().minusDays(180) + "'))"
                        + " USING merchant ORDER BY booked_date LIMIT 1 BY merchant LIMIT " + HIGHLIGHTS_PER_KIND,
                row -> {
                    ReportTransaction t = LedgerAnalytics.transaction(row, rates);
                    LocalDate last = row.getDate("last_before").toLocalDate();
                    long months = java.time.temporal.ChronoUnit.MONTHS.between(last, t.date());
                    return new Highlights.Row(
                            "AFTER_LONG_GAP",
                            "The first transaction at " + t.merchant() + " since " + last + " (" + months + " months).",
                            t);
                },
                LedgerFilter.of(userId, query).and("type != 'TRANSFER'"),
                LedgerFilter.daily(userId)
                        .and("booked_date < ?", java.sql.Date.valueOf(query.from()))
                        .and("type != 'TRANSFER'"));
    }

    private List<Growth.Row> grown(ConvertedTotals<List<String>> totals, boolean categories) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        totals.totals().keySet().forEach(key -> names.add(key.get(0)));
        List<Growth.Row> rows = new ArrayList<>();
        for (String name : names) {
            BigDecimal current = totals.of(List.of(name, "current")).sum();
            BigDecimal previous = totals.of(List.of(name, "previous")).sum();
            if (current.compareTo(previous) > 0) {
                BigDecimal delta = current.subtract(previous);
                BigDecimal percent = previous.signum() > 0
                        ? delta.multiply(BigDecimal.valueOf(100)).divide(previous, 1, RoundingMode.HALF_EVEN)
                        : null;
                rows.add(
                        categories
                                ? new Growth.Row(name, null, current, previous, delta, percent)
                                : new Growth.Row(null, name, current, previous, delta, percent));
            }
        }
        rows.sort(Comparator.comparing(Growth.Row::delta, Comparator.reverseOrder()));
        return rows;
    }

    private ExchangeRates ratesFor(UUID userId, LocalDate to) {
        return rateBook.upTo(userId, accounts.find(userId).getBaseCurrency(), to);
    }

    private static int typeOrder(String type) {
        return switch (type) {
            case "EXPENSE" -> 0;
            case "INCOME" -> 1;
            default -> 2;
        };
    }

    private static String bucket(Interval interval) {
        return switch (interval) {
            case DAY -> "booked_date";
            case WEEK -> "toMonday(booked_date)";
            case MONTH -> "toStartOfMonth(booked_date)";
            case YEAR -> "toStartOfYear(booked_date)";
        };
    }

    static List<LocalDate> buckets(ReportQuery query, Interval interval) {
        LocalDate start = switch (interval) {
            case DAY -> query.from();
            case WEEK -> query.from().with(java.time.DayOfWeek.MONDAY);
            case MONTH -> query.from().withDayOfMonth(1);
            case YEAR -> query.from().withDayOfYear(1);
        };
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate s = start; !s.isAfter(query.to()); s = next(s, interval)) {
            starts.add(s);
            if (starts.size() > MAX_BUCKETS) {
                throw new org.tributary.platform.control.InvalidInputException(
                        "interval",
                        "That many " + interval.name().toLowerCase() + "s is too many: choose a longer"
                                + " interval or a shorter period.");
            }
        }
        return starts;
    }

    private static LocalDate next(LocalDate start, Interval interval) {
        return switch (interval) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    private static String label(LocalDate start, Interval interval) {
        return switch (interval) {
            case DAY -> start.toString();
            case WEEK ->
                start.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                        + String.format("%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    private static String money(BigDecimal amount, String currency) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + currency;
    }
}
