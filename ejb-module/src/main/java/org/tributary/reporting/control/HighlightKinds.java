package org.tributary.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.tributary.analytics.control.ClickHouseRepository;
import org.tributary.reporting.control.Reports.Highlights;

/**
 * The four kinds of highlights, each found in two steps (see {@link Candidates}): ranked on the unmerged
 * ledger against yardsticks from the daily totals, then the few candidates read FINAL and checked again.
 */
@ApplicationScoped
class HighlightKinds {

    static final int PER_KIND = 20;

    /** A day as a rank, the earliest first. */
    private static String dayRank(String date) {
        return "toInt64(toRelativeDayNum(" + date + "))";
    }

    private static final String FIRST_PER_MERCHANT = " ORDER BY booked_date, transaction_id LIMIT ";
    /** Candidates a merchant for {@link #firstAtMerchants}: enough for a few older versions among them. */
    private static final int PER_MERCHANT = 3;

    @Inject
    LedgerAnalytics analytics;

    /** bound: "far beyond" in cents ({@link #USUAL}); the rest for the reason shown. */
    private record Usual(long median, long payments, long bound) {
        boolean farBeyond(long cents) {
            return cents < bound;
        }
    }

    /**
     * Per merchant and currency of the user's last year of payments, the median payment ({@code usual}),
     * their count and the bound beyond which a payment is far above the usual: the median less three
     * interquartile ranges (at least half the median), in whole cents ({@code cents < bound} for whole cents
     * is {@code cents < median - 3 * spread}). The statistics are of the merchant's payment per day (a day's
     * total over its count, from the daily totals).
     */
    static final String USUAL = "SELECT merchant, currency, q[2] AS usual, payments, toInt64(ceil(q[2] - 3 *"
            + " greatest(toFloat64(q[3] - q[1]), abs(toFloat64(q[2])) * 0.5))) AS bound FROM (SELECT merchant,"
            + " currency, quantilesExact(0.25, 0.5, 0.75)(toInt64(round(toFloat64(total) * 100 / n))) AS q,"
            + " sum(n) AS payments FROM (" + LedgerAnalytics.DAYS_AT_MERCHANTS + ") GROUP BY merchant, currency"
            + " HAVING payments >= 5)";

    /**
     * Far above the merchant's usual amount ({@link #USUAL}): robust to the outliers it looks for, and the
     * same as per payment for anyone who pays a merchant at most once a day, from a few thousand rows of
     * daily totals for a year instead of a million. The bounds join the rows in ClickHouse: a ledger has
     * thousands of merchants.
     */
    List<Highlights.Row> unusualAmounts(UUID userId, ReportQuery query, ExchangeRates rates) {
        // Each candidate brings its merchant's usual from the join: the statistics are computed once, and
        // only for the merchants the period has.
        Map<List<String>, Usual> usuals = new HashMap<>();
        LocalDate yearFrom = query.to().minusDays(365);
        Supplier<LedgerFilter> lastYear = () -> periodMerchantsIfShorter(
                LedgerFilter.daily(userId).between(yearFrom, query.to()).and("type = 'EXPENSE'"),
                yearFrom,
                query.to(),
                userId,
                query,
                "type = 'EXPENSE'");
        Supplier<LedgerFilter> rows = () -> LedgerFilter.of(userId, query).and("type = 'EXPENSE'");
        int wanted = 2 * PER_KIND + 10;
        String order = " ORDER BY rank, booked_date, transaction_id LIMIT ";
        LedgerAnalytics.RowMapper<Usual> usualOf = row -> {
            Usual usual = new Usual(row.getLong("usual"), row.getLong("payments"), row.getLong("bound"));
            usuals.putIfAbsent(List.of(row.getString("merchant"), row.getString("currency")), usual);
            return usual;
        };
        String usualColumns = ", merchant, currency, usual, payments, bound";
        Candidates candidates = Candidates.rank(
                analytics,
                "SELECT booked_date, toString(transaction_id) AS id, " + LedgerAnalytics.CENTS + " AS rank"
                        + usualColumns + " FROM "
                        + MerchantBounds.rowsBelow(MerchantBounds.RANKED, "{ledger_unmerged}", USUAL) + order + wanted,
                wanted,
                usualOf,
                rows.get(),
                lastYear.get());
        if (candidates.none()) {
            return List.of();
        }
        Map<ReportTransaction, Usual> found = new LinkedHashMap<>();
        candidates
                .latest(
                        analytics,
                        userId,
                        LedgerAnalytics.TRANSACTION_COLUMNS + ", " + LedgerAnalytics.CENTS + " AS cents",
                        rows.get(),
                        row -> {
                            long cents = row.getLong("cents");
                            Usual of = usuals.get(List.of(row.getString("merchant"), row.getString("currency")));
                            return of != null && of.farBeyond(cents) && candidates.sure(cents)
                                    ? Map.entry(LedgerAnalytics.transaction(row, rates), of)
                                    : null;
                        })
                .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        if (!candidates.enough(found.size(), PER_KIND)) {
            found.clear();
            analytics.query(
                    "SELECT " + LedgerAnalytics.TRANSACTION_COLUMNS + ", " + LedgerAnalytics.CENTS + " AS rank, usual,"
                            + " payments, bound FROM "
                            + MerchantBounds.rowsBelow(LedgerAnalytics.TRANSACTION_COLUMNS, "{ledger}", USUAL) + order
                            + PER_KIND,
                    row -> found.put(LedgerAnalytics.transaction(row, rates), usualOf.map(row)),
                    rows.get(),
                    lastYear.get());
        }
        return unusual(found.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ReportTransaction::amount)
                        .thenComparing(ReportTransaction::date)
                        .thenComparing(ReportTransaction::id)))
                .limit(PER_KIND)
                .toList());
    }

    private static List<Highlights.Row> unusual(List<Map.Entry<ReportTransaction, Usual>> found) {
        return found.stream()
                .map(entry -> {
                    ReportTransaction t = entry.getKey();
                    Usual of = entry.getValue();
                    return new Highlights.Row(
                            "UNUSUAL_AMOUNT",
                            Reports.money(t.amount().negate(), t.currency()) + " at " + t.merchant()
                                    + " is far above its usual "
                                    + Reports.money(BigDecimal.valueOf(-of.median(), 2), t.currency())
                                    + " (the median of " + of.payments() + " payments in the last year).",
                            t,
                            Arrays.asList(
                                    t.amount().negate(),
                                    t.merchant(),
                                    BigDecimal.valueOf(-of.median(), 2),
                                    of.payments()));
                })
                .toList();
    }

    /**
     * Identical charges — merchant, day, amount and currency — the latest first. The candidates are the
     * unmerged table's groups of more than one row (every group of two transactions is one); the groups
     * are then counted FINAL on the candidates' days.
     */
    List<Highlights.Row> duplicateCharges(UUID userId, ReportQuery query, ExchangeRates rates) {
        Supplier<LedgerFilter> rows = () -> LedgerFilter.of(userId, query).and("type = 'EXPENSE'");
        int wanted = 2 * PER_KIND + 10;
        // One key a group (a 64-bit hash: a collision only adds a candidate day); the latest first, so the
        // last two days alone often have enough. Rank: the day, latest first, then the amount, largest payment first.
        String rank = "-" + dayRank("booked_date") + " * 10000000000000 + " + LedgerAnalytics.CENTS;
        String ranked = "SELECT day AS booked_date, rank FROM (SELECT any(booked_date) AS day, any(" + rank
                + ") AS rank"
                + " FROM {ledger_unmerged} WHERE {filter} GROUP BY cityHash64(booked_date, " + LedgerAnalytics.CENTS
                + ", merchant, currency) HAVING count() > 1 ORDER BY rank LIMIT " + wanted + ")";
        LocalDate lastDays = query.to().minusDays(1);
        Candidates candidates = null;
        if (lastDays.isAfter(query.from())) {
            candidates = Candidates.rank(
                    analytics, ranked, wanted, rows.get().and("booked_date >= ?", java.sql.Date.valueOf(lastDays)));
            candidates = candidates.cutOff() ? candidates : null;
        }
        if (candidates == null) {
            candidates = Candidates.rank(analytics, ranked, wanted, rows.get());
        }
        if (candidates.none()) {
            return List.of();
        }
        String groups = "SELECT merchant, booked_date, amount, currency, count() AS n, " + rank + " AS rank,"
                + " any(transaction_id) AS any_id, any(description) AS any_description, any(category) AS any_category,"
                + " any(source_id) AS any_source, any(source_kind) AS any_kind, any(source_name) AS any_name"
                + " FROM {ledger} WHERE {filter} GROUP BY merchant, booked_date, amount, currency"
                + " HAVING n > 1 ORDER BY booked_date DESC, amount LIMIT " + PER_KIND;
        List<Highlights.Row> found = new ArrayList<>();
        Candidates days = candidates;
        analytics.query(
                groups,
                row -> days.sure(row.getLong("rank")) && found.add(duplicate(row, rates)),
                days.restrict(rows.get()));
        if (!days.enough(found.size(), PER_KIND)) {
            return analytics.query(groups, row -> duplicate(row, rates), rows.get());
        }
        return found;
    }

    private static Highlights.Row duplicate(java.sql.ResultSet row, ExchangeRates rates) throws java.sql.SQLException {
        LocalDate date = ClickHouseRepository.date(row, "booked_date");
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
                row.getLong("n") + " identical charges of " + Reports.money(amount.negate(), currency) + " at "
                        + t.merchant() + " on " + date + ": check that you were not charged twice.",
                t,
                Arrays.asList(row.getLong("n"), amount.negate(), t.merchant(), date));
    }

    /**
     * A merchant charged one amount at least three months running, and now another. The months before come
     * from the daily totals: each of those days one payment, all of one amount.
     */
    List<Highlights.Row> priceChanges(UUID userId, ReportQuery query, ExchangeRates rates, Supplier<Boolean> single) {
        Map<List<String>, BigDecimal> prices = new HashMap<>();
        return firstAtMerchants(
                        "SELECT merchant, currency, any(total) AS previous_price FROM ("
                                + LedgerAnalytics.DAYS_AT_MERCHANTS + ") GROUP BY merchant, currency"
                                + " HAVING sum(n) >= 3 AND max(n) = 1 AND uniqExact(total) = 1"
                                + " AND uniqExact(toStartOfMonth(booked_date)) >= 3",
                        "merchant, currency",
                        " WHERE amount != previous_price",
                        row -> prices.put(
                                List.of(row.getString("merchant"), row.getString("currency")),
                                row.getBigDecimal("previous_price")),
                        t -> {
                            BigDecimal price = prices.get(List.of(t.merchant(), t.currency()));
                            return price != null && price.compareTo(t.amount()) != 0;
                        },
                        () -> LedgerFilter.of(userId, query).and("type = 'EXPENSE'"),
                        periodMerchantsIfShorter(
                                LedgerFilter.daily(userId)
                                        .between(
                                                query.from().minusDays(120),
                                                query.from().minusDays(1))
                                        .and("type = 'EXPENSE'"),
                                query.from().minusDays(120),
                                query.from().minusDays(1),
                                userId,
                                query,
                                "type = 'EXPENSE'"),
                        userId,
                        rates,
                        single)
                .stream()
                .map(t -> new Highlights.Row(
                        "PRICE_CHANGE",
                        t.merchant() + " now charges "
                                + Reports.money(t.amount().negate(), t.currency())
                                + " instead of "
                                + Reports.money(
                                        prices.get(List.of(t.merchant(), t.currency()))
                                                .negate(),
                                        t.currency())
                                + ".",
                        t,
                        Arrays.asList(
                                t.merchant(),
                                t.amount().negate(),
                                prices.get(List.of(t.merchant(), t.currency())).negate())))
                .toList();
    }

    /**
     * The merchants of the period's daily totals (a superset of those with transactions): a yardstick looks
     * only at them, so its history of thousands of one-off shops is never aggregated nor read.
     */
    private static final String MERCHANTS_OF_PERIOD = "SELECT merchant FROM {daily} WHERE {filter}";

    private static LedgerFilter periodDays(UUID userId, ReportQuery query, String type) {
        return LedgerFilter.daily(userId, query).and(type);
    }

    /**
     * The yardstick's days (from..to), of the period's merchants only when the period is at most half as long:
     * a yardstick only ever meets the period's rows, so the answer is the same either way, but the set of a
     * long period's merchants (a year: over 90,000 one-off shops) costs more to build than the yardstick's
     * own days cost to aggregate.
     */
    private static LedgerFilter periodMerchantsIfShorter(
            LedgerFilter yardstick, LocalDate from, LocalDate to, UUID userId, ReportQuery query, String type) {
        long yardstickDays = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        long periodDays = java.time.temporal.ChronoUnit.DAYS.between(query.from(), query.to()) + 1;
        return 2 * periodDays <= yardstickDays
                ? yardstick.inQuery("merchant", MERCHANTS_OF_PERIOD, periodDays(userId, query, type))
                : yardstick;
    }

    List<Highlights.Row> afterLongGaps(UUID userId, ReportQuery query, ExchangeRates rates, Supplier<Boolean> single) {
        Map<String, LocalDate> lastVisits = new HashMap<>();
        return firstAtMerchants(
                        "SELECT merchant, max(booked_date) AS last_before FROM (" + LedgerAnalytics.DAYS_AT_MERCHANTS
                                + ") GROUP BY merchant HAVING last_before < toDate('"
                                + query.from().minusDays(180)
                                + "')",
                        "merchant",
                        "",
                        row -> lastVisits.put(row.getString("merchant"), ClickHouseRepository.date(row, "last_before")),
                        t -> lastVisits.containsKey(t.merchant()),
                        () -> LedgerFilter.of(userId, query).and("type != 'TRANSFER'"),
                        LedgerFilter.daily(userId)
                                .and("booked_date < ?", java.sql.Date.valueOf(query.from()))
                                .and("type != 'TRANSFER'")
                                .inQuery(
                                        "merchant",
                                        MERCHANTS_OF_PERIOD,
                                        periodDays(userId, query, "type != 'TRANSFER'")),
                        userId,
                        rates,
                        single)
                .stream()
                .map(t -> {
                    LocalDate last = lastVisits.get(t.merchant());
                    long months = java.time.temporal.ChronoUnit.MONTHS.between(last, t.date());
                    return new Highlights.Row(
                            "AFTER_LONG_GAP",
                            "The first transaction at " + t.merchant() + " since " + last + " (" + months + " months).",
                            t,
                            Arrays.asList(t.merchant(), last, months));
                })
                .toList();
    }

    /**
     * The first of the period's rows (the rows filter) at each merchant a yardstick picks — a query of the
     * daily totals (its own filter) joined on {@code using}, with an optional further {@code WHERE} — the
     * earliest merchants first. The yardstick is asked first: when it picks no merchant, no row is read.
     */
    private List<ReportTransaction> firstAtMerchants(
            String yardstick,
            String using,
            String where,
            LedgerAnalytics.RowMapper<?> readYardstick,
            java.util.function.Predicate<ReportTransaction> meetsYardstick,
            Supplier<LedgerFilter> rows,
            LedgerFilter yardstickDays,
            UUID userId,
            ExchangeRates rates,
            Supplier<Boolean> single) {
        java.util.Set<String> merchants = new java.util.TreeSet<>();
        analytics.query(
                yardstick,
                row -> {
                    readYardstick.map(row);
                    return merchants.add(row.getString("merchant"));
                },
                yardstickDays);
        if (merchants.isEmpty()) {
            return List.of();
        }
        String joined = " FROM {ledger_unmerged} WHERE {filter}) ANY INNER JOIN (" + yardstick + ") USING (" + using
                + ")" + where;
        if (single.get()) {
            // One version of each row: the first row at each merchant is the true one (a repeated row is the same).
            return Candidates.single(
                    analytics,
                    "SELECT booked_date, toString(transaction_id) AS id FROM (SELECT booked_date, transaction_id,"
                            + " merchant, currency, amount" + joined
                            + " ORDER BY booked_date, transaction_id LIMIT 1 BY merchant LIMIT " + PER_KIND,
                    Integer.MAX_VALUE,
                    PER_KIND,
                    userId,
                    LedgerAnalytics.TRANSACTION_COLUMNS,
                    row -> LedgerAnalytics.transaction(row, rates),
                    rows.get().inQuery("merchant", "SELECT merchant FROM (" + yardstick + ")", yardstickDays),
                    yardstickDays);
        }
        Candidates candidates = Candidates.rank(
                analytics,
                "SELECT booked_date, toString(transaction_id) AS id, " + dayRank("booked_date") + " AS rank,"
                        + " merchant AS grp FROM (SELECT booked_date, transaction_id, merchant, currency, amount"
                        + joined + FIRST_PER_MERCHANT + PER_MERCHANT + " BY merchant",
                PER_MERCHANT,
                rows.get().inQuery("merchant", "SELECT merchant FROM (" + yardstick + ")", yardstickDays),
                yardstickDays);
        if (candidates.none()) {
            return List.of();
        }
        Comparator<ReportTransaction> earliest =
                Comparator.comparing(ReportTransaction::date).thenComparing(ReportTransaction::id);
        Map<String, ReportTransaction> first = new HashMap<>();
        candidates
                .latest(
                        analytics,
                        userId,
                        LedgerAnalytics.TRANSACTION_COLUMNS + ", " + dayRank("booked_date") + " AS rank",
                        rows.get(),
                        row -> {
                            ReportTransaction t = LedgerAnalytics.transaction(row, rates);
                            return meetsYardstick.test(t) && candidates.sure(t.merchant(), row.getLong("rank"))
                                    ? t
                                    : null;
                        })
                .forEach(t -> first.merge(t.merchant(), t, (a, b) -> earliest.compare(a, b) <= 0 ? a : b));
        if (!candidates.enoughPerGroup(first.keySet())) {
            return analytics.query(
                    "SELECT " + LedgerAnalytics.TRANSACTION_COLUMNS + " FROM (SELECT "
                            + LedgerAnalytics.TRANSACTION_COLUMNS + joined.replace("{ledger_unmerged}", "{ledger}")
                            + " ORDER BY booked_date LIMIT 1 BY merchant LIMIT " + PER_KIND,
                    row -> LedgerAnalytics.transaction(row, rates),
                    rows.get(),
                    yardstickDays);
        }
        return first.values().stream().sorted(earliest).limit(PER_KIND).toList();
    }
}
