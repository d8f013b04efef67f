package org.tributary.reporting.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.tributary.accounts.control.Accounts;
import org.tributary.analytics.control.ClickHouseRepository;
import org.tributary.categorising.control.EnglishCategoryName;
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
@Interceptors({ReportLatency.class, ReportAnswers.class})
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
        /**
         * total: in the base currency; notConverted: what had no exchange rate, in its own currency, with the
         * same sign as total (money out positive).
         */
        public record Row(
                @JsonbTypeAdapter(EnglishCategoryName.class) String category,
                String type,
                BigDecimal total,
                long count,
                List<CurrencyAmount> notConverted) {}
    }

    public record Largest(
            LocalDate from,
            LocalDate to,
            String currency,
            List<ReportTransaction> rows,
            List<UsedRate> rates,
            List<MissingRate> missingRates) {}

    /**
     * earlierData: how much of the previous period has data; the previous totals of a partly covered one are
     * scaled to its length, and with too little there are no rows ({@link EarlierData}).
     */
    public record Growth(
            LocalDate from,
            LocalDate to,
            LocalDate previousFrom,
            LocalDate previousTo,
            EarlierData earlierData,
            String currency,
            List<Row> rows,
            List<ReportTransaction> transactions,
            List<UsedRate> rates,
            List<MissingRate> missingRates) {
        /** A category (merchant null) or a merchant whose spending grew. */
        public record Row(
                @JsonbTypeAdapter(EnglishCategoryName.class) String category,
                String merchant,
                BigDecimal current,
                BigDecimal previous,
                BigDecimal delta,
                BigDecimal deltaPercent) {}
    }

    /** The new places paid most (as {@link NewMerchants}' rows) and how many new places were paid in all. */
    public record NewPlaces(List<NewMerchants.Row> paidMost, long paid) {}

    public record NewMerchants(
            LocalDate from,
            LocalDate to,
            String currency,
            List<Row> rows,
            List<UsedRate> rates,
            List<MissingRate> missingRates) {
        /** total: what was spent there (negative when the merchant paid the user more than it was paid). */
        public record Row(
                String merchant,
                LocalDate firstSeen,
                long count,
                BigDecimal total,
                List<CurrencyAmount> notConverted) {}
    }

    /** Money out per category and period: the overview's stacked bars (periods as {@link Balance}'s). */
    /** Money out per category and interval (its first day), up to today; amounts without a rate are left out. */
    public record SpendingOverTime(
            String currency, String interval, List<LocalDate> periods, Map<String, List<BigDecimal>> byCategory) {}

    public record Balance(
            LocalDate from,
            LocalDate to,
            String currency,
            String interval,
            List<Row> rows,
            List<UsedRate> rates,
            List<MissingRate> missingRates) {
        /** incomeNotConverted, expensesNotConverted: what had no exchange rate, in its own currency. */
        public record Row(
                String period,
                LocalDate start,
                BigDecimal income,
                BigDecimal expenses,
                BigDecimal net,
                List<CurrencyAmount> incomeNotConverted,
                List<CurrencyAmount> expensesNotConverted) {}
    }

    public record Highlights(
            LocalDate from,
            LocalDate to,
            String currency,
            List<Row> rows,
            List<UsedRate> rates,
            List<MissingRate> missingRates) {
        /**
         * kind: UNUSUAL_AMOUNT, DUPLICATE_CHARGE, PRICE_CHANGE or AFTER_LONG_GAP; reason: in English words;
         * arguments: the values of the reason (amounts as BigDecimal in the transaction's currency, dates,
         * counts as Long), which the portal puts into the reader's language (decision 26).
         */
        public record Row(
                String kind,
                String reason,
                ReportTransaction transaction,
                @JsonbTransient List<Object> arguments) {

            public Row(String kind, String reason, ReportTransaction transaction) {
                this(kind, reason, transaction, List.of());
            }
        }
    }

    static final int MAX_BUCKETS = 5_000;
    private static final int GROWTH_MERCHANTS = 20;
    private static final Comparator<NewMerchants.Row> FIRST_SEEN = (a, b) -> {
        int byDay = a.firstSeen().compareTo(b.firstSeen());
        return byDay != 0 ? byDay : a.merchant().compareTo(b.merchant());
    };
    private static final Comparator<NewMerchants.Row> PAID_MOST = (a, b) -> {
        int byTotal = b.total().compareTo(a.total());
        return byTotal != 0 ? byTotal : a.merchant().compareTo(b.merchant());
    };
    /** The largest growth first, then by name (a category's or a merchant's). */
    private static final Comparator<Growth.Row> MOST_GROWN = Comparator.comparing(
                    Growth.Row::delta, Comparator.reverseOrder())
            .thenComparing(row -> row.category() != null ? row.category() : row.merchant());
    /** Largest payment first (the most negative amount), then the earliest, then by id. */
    private static final Comparator<ReportTransaction> BY_AMOUNT_SPENT = Comparator.comparing(ReportTransaction::amount)
            .thenComparing(ReportTransaction::date)
            .thenComparing(ReportTransaction::id);

    @Resource
    ManagedExecutorService executor;

    java.time.Clock clock = java.time.Clock.systemUTC();

    @Inject
    LedgerAnalytics analytics;

    @Inject
    HighlightKinds highlightKinds;

    @Inject
    LedgerVersions versions;

    @Inject
    RateBook rateBook;

    @Inject
    Accounts accounts;

    /**
     * Everything the overview of a period shows, each figure the same as its report alone, and only what it
     * shows: growth without its payments larger than before, and of the new merchants the places paid most.
     */
    public record Overview(
            ByCategory byCategory,
            Highlights highlights,
            Largest largest,
            Growth growth,
            NewPlaces newPlaces,
            Balance balance,
            SpendingOverTime spendingOverTime) {}

    /**
     * The overview's reports asked side by side (they are independent), the slowest first: with cores to
     * spare the page takes about as long as the slowest of them instead of their sum (on two busy cores it
     * gains little: docs/benchmarks.md, "The overview of a year").
     */
    public Overview overview(UUID userId, ReportQuery query, Interval interval, int largest, int newPlaces) {
        SideBySide<Highlights> highlights = SideBySide.start(executor, () -> highlights(userId, query));
        SideBySide<Growth> growth = SideBySide.start(executor, () -> growth(userId, query, false));
        SideBySide<NewPlaces> places = SideBySide.start(executor, () -> newPlacesPaid(userId, query, newPlaces));
        SideBySide<Largest> largestRows = SideBySide.start(executor, () -> largest(userId, query, largest));
        SideBySide<Balance> balance = SideBySide.start(executor, () -> balance(userId, query, interval));
        SideBySide<SpendingOverTime> spending =
                SideBySide.start(executor, () -> spendingOverTime(userId, query, interval));
        ByCategory byCategory = byCategory(userId, query);
        return new Overview(
                byCategory,
                highlights.get(),
                largestRows.get(),
                growth.get(),
                places.get(),
                balance.get(),
                spending.get());
    }

    public ByCategory byCategory(UUID userId, ReportQuery query) {
        ExchangeRates rates = ratesFor(userId, query);
        ConvertedTotals<List<String>> spent = new ConvertedTotals<>(rates);
        ConvertedTotals<List<String>> moved = new ConvertedTotals<>(rates);
        analytics.query(
                "SELECT type, category, currency, " + ConvertedTotals.day(rates.baseCurrency())
                        + ", sum(amount) AS total, sum(transactions) AS n, sum(outgoing) AS outgoing"
                        + " FROM {daily} WHERE {filter} GROUP BY type, category, currency, day HAVING n > 0",
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
            ConvertedTotals.Total shown = type.equals("TRANSFER") ? moved.of(key) : total;
            boolean negate = !type.equals("INCOME");
            BigDecimal amount = negate ? shown.sum().negate() : shown.sum();
            rows.add(new ByCategory.Row(key.get(1), type, amount, total.count(), shown.unconverted(negate)));
        });
        rows.sort(Comparator.comparing((ByCategory.Row r) -> typeOrder(r.type()))
                .thenComparing(ByCategory.Row::total, Comparator.reverseOrder())
                .thenComparing(ByCategory.Row::category));
        return new ByCategory(query.from(), query.to(), rates.baseCurrency(), rows, rates.used(), rates.missing());
    }

    public Largest largest(UUID userId, ReportQuery query, int limit) {
        ExchangeRates rates = ratesFor(userId, query);
        // The largest of each currency: sorting in the base currency is left to Java, after conversion.
        SideBySide<Boolean> single =
                SideBySide.start(executor, () -> versions.single(userId, query.from(), query.to()));
        List<ReportTransaction> candidates = new ArrayList<>();
        for (String currency : currencies(userId, query)) {
            candidates.addAll(largestIn(currency, userId, query, limit, single.get(), rates));
        }
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

    /** The currencies of the period's transactions (not transfers) that pass the query's filters. */
    private List<String> currencies(UUID userId, ReportQuery query) {
        return analytics.query(
                "SELECT currency FROM {daily} WHERE {filter} AND type != 'TRANSFER' GROUP BY currency"
                        + " HAVING sum(transactions) > 0 ORDER BY currency",
                row -> row.getString("currency"),
                LedgerFilter.daily(userId, query));
    }

    private List<ReportTransaction> largestIn(
            String currency, UUID userId, ReportQuery query, int limit, boolean single, ExchangeRates rates) {
        String rank = "-abs(" + LedgerAnalytics.CENTS + ")";
        java.util.function.Supplier<LedgerFilter> rows =
                () -> LedgerFilter.of(userId, query).and("type != 'TRANSFER'").and("currency = ?", currency);
        String order = " ORDER BY rank, booked_date DESC, transaction_id LIMIT ";
        int wanted = 2 * limit + 10;
        if (single) {
            List<ReportTransaction> found = Candidates.single(
                    analytics,
                    "SELECT booked_date, toString(transaction_id) AS id, " + rank
                            + " AS rank FROM {ledger_unmerged} WHERE {filter}" + order + (limit + 10),
                    limit + 10,
                    limit,
                    userId,
                    LedgerAnalytics.TRANSACTION_COLUMNS,
                    row -> LedgerAnalytics.transaction(row, rates),
                    rows.get());
            if (found != null) {
                return found;
            }
        }
        Candidates candidates = Candidates.rank(
                analytics,
                "SELECT booked_date, toString(transaction_id) AS id, " + rank + " AS rank FROM {ledger_unmerged}"
                        + " WHERE {filter}" + order + wanted,
                wanted,
                rows.get());
        if (candidates.none()) {
            return List.of();
        }
        List<ReportTransaction> sure = candidates.latest(
                analytics,
                userId,
                LedgerAnalytics.TRANSACTION_COLUMNS + ", " + rank + " AS rank",
                rows.get(),
                row -> candidates.sure(row.getLong("rank")) ? LedgerAnalytics.transaction(row, rates) : null);
        return candidates.enough(sure.size(), limit)
                ? sure
                : analytics.query(
                        "SELECT " + LedgerAnalytics.TRANSACTION_COLUMNS + ", " + rank + " AS rank FROM {ledger}"
                                + " WHERE {filter}" + order + limit,
                        row -> LedgerAnalytics.transaction(row, rates),
                        rows.get());
    }

    public Growth growth(UUID userId, ReportQuery query) {
        return growth(userId, query, true);
    }

    /**
     * @param payments whether to find the payments larger than any before at the same merchant: the overview
     *     does not show them, and for a year they are half of growth's work in ClickHouse
     */
    private Growth growth(UUID userId, ReportQuery query, boolean payments) {
        ExchangeRates rates = ratesFor(userId, query);
        ReportQuery previous = query.previous();
        EarlierData earlier = EarlierData.of(previous, firstDayWithData(userId, previous));
        List<Growth.Row> rows = List.of();
        List<ReportTransaction> larger = List.of();
        if (earlier.comparable()) {
            // The totals come from the daily ones while the payments larger than before are read from the ledger.
            SideBySide<List<Growth.Row>> totals =
                    SideBySide.start(executor, () -> grownTotals(userId, query, previous, earlier, rates));
            larger = payments ? largerThanBefore(userId, query, previous, rates) : List.of();
            rows = totals.get();
        }
        return new Growth(
                query.from(),
                query.to(),
                previous.from(),
                previous.to(),
                earlier,
                rates.baseCurrency(),
                rows,
                larger,
                rates.used(),
                rates.missing());
    }

    /**
     * The first day of the period with any transaction of the query's sources, whatever its category: a
     * category first bought in this period was bought nothing of before, which is a true comparison.
     */
    private LocalDate firstDayWithData(UUID userId, ReportQuery period) {
        List<LocalDate> first = analytics.query(
                "SELECT booked_date FROM {daily} WHERE {filter} GROUP BY booked_date HAVING sum(transactions) > 0"
                        + " ORDER BY booked_date LIMIT 1",
                row -> ClickHouseRepository.date(row, "booked_date"),
                LedgerFilter.daily(userId).between(period.from(), period.to()).sources(period));
        return first.isEmpty() ? null : first.get(0);
    }

    private List<Growth.Row> grownTotals(
            UUID userId, ReportQuery query, ReportQuery previous, EarlierData earlier, ExchangeRates rates) {
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
        List<Growth.Row> rows = new ArrayList<>(grown(byCategory, true, earlier, Integer.MAX_VALUE));
        rows.addAll(grown(byMerchant, false, earlier, GROWTH_MERCHANTS));
        return rows;
    }

    /**
     * The period's payments larger than any at the same merchant (and currency) in the previous period, in
     * two steps (see {@link Candidates}): the unmerged table's largest of the previous period per merchant,
     * with the row holding it, then the payments beyond it ranked; then the candidates' and the holders'
     * latest versions are read together. The bounds hold if every holder is live and unchanged; otherwise
     * the question is asked FINAL. With a single version of each row ({@link LedgerVersions}) the payments
     * beyond are read whole at once.
     */
    private List<ReportTransaction> largerThanBefore(
            UUID userId, ReportQuery query, ReportQuery previous, ExchangeRates rates) {
        int limit = 50;
        java.util.function.Supplier<LedgerFilter> before =
                () -> LedgerFilter.of(userId, previous).and("type = 'EXPENSE'");
        String cents = LedgerAnalytics.CENTS;
        String order = " ORDER BY rank, booked_date, transaction_id LIMIT ";
        SideBySide<Boolean> single =
                SideBySide.start(executor, () -> versions.single(userId, previous.from(), query.to()));
        // The unmerged table's largest of each merchant, and the row holding it.
        Map<List<String>, Long> largest = new java.util.HashMap<>();
        Map<String, List<String>> holders = new java.util.HashMap<>();
        Candidates held = Candidates.rank(
                analytics,
                "SELECT day AS booked_date, toString(holder) AS id, bound AS rank, merchant, currency FROM ("
                        + LARGEST_BEFORE + ")",
                Integer.MAX_VALUE,
                row -> {
                    List<String> key = List.of(row.getString("merchant"), row.getString("currency"));
                    largest.put(key, row.getLong("rank"));
                    return holders.put(row.getString("id"), key);
                },
                before.get());
        if (held.none()) {
            return List.of();
        }
        java.util.function.Supplier<LedgerFilter> rows =
                () -> LedgerFilter.of(userId, query).and("type = 'EXPENSE'");
        if (single.get()) {
            // One version of each row: the unmerged largest are the true ones, and the rows beyond them are sure.
            List<ReportTransaction> found = Candidates.single(
                    analytics,
                    "SELECT booked_date, toString(transaction_id) AS id, " + cents + " AS rank FROM "
                            + MerchantBounds.rowsBelow(MerchantBounds.RANKED, "{ledger_unmerged}", BOUNDS_BEFORE)
                            + order + (limit + 10),
                    limit + 10,
                    limit,
                    userId,
                    LedgerAnalytics.TRANSACTION_COLUMNS,
                    row -> LedgerAnalytics.transaction(row, rates),
                    rows.get(),
                    before.get());
            if (found != null) {
                return found.stream().sorted(BY_AMOUNT_SPENT).limit(limit).toList();
            }
        }
        int wanted = 2 * limit + 10;
        Candidates candidates = Candidates.rank(
                analytics,
                "SELECT booked_date, toString(transaction_id) AS id, " + cents + " AS rank FROM "
                        + MerchantBounds.rowsBelow(MerchantBounds.RANKED, "{ledger_unmerged}", BOUNDS_BEFORE) + order
                        + wanted,
                wanted,
                rows.get(),
                before.get());
        Candidates holdersToo = candidates.with(held, "SELECT holder FROM (" + LARGEST_BEFORE + ")", before.get());
        // The candidates' and the holders' latest versions, read together. A holder's tells whether the
        // unmerged largest is the true one: it is if that row is live and unchanged (no live row can be
        // larger, as every live row is in the unmerged table).
        record Latest(ReportTransaction transaction, long cents, String id) {}
        java.util.Set<List<String>> trueLargest = new java.util.HashSet<>();
        List<ReportTransaction> sure = new ArrayList<>();
        List<Latest> latest = holdersToo.latest(
                analytics,
                userId,
                LedgerAnalytics.TRANSACTION_COLUMNS + ", " + cents + " AS cents",
                LedgerFilter.either(rows.get(), before.get()),
                row -> new Latest(
                        LedgerAnalytics.transaction(row, rates), row.getLong("cents"), row.getString("version_of")));
        for (Latest row : latest) {
            ReportTransaction t = row.transaction();
            List<String> key = List.of(t.merchant(), t.currency());
            if (previous.contains(t.date())) {
                if (key.equals(holders.get(row.id())) && largest.get(key) == row.cents()) {
                    trueLargest.add(key);
                }
            } else if (largest.containsKey(key) && row.cents() < largest.get(key) && candidates.sure(row.cents())) {
                sure.add(t);
            }
        }
        if (trueLargest.size() < holders.size() || !candidates.enough(sure.size(), limit)) {
            String columns = LedgerAnalytics.TRANSACTION_COLUMNS + ", " + cents + " AS rank";
            sure = analytics.query(
                    "SELECT " + columns + " FROM (SELECT " + columns + " FROM {ledger} WHERE {filter}) ANY INNER JOIN"
                            + " (SELECT merchant, currency, min(" + cents + ") AS smallest FROM {ledger}"
                            + " WHERE {filter} GROUP BY merchant, currency) USING (merchant, currency)"
                            + " WHERE rank < smallest" + order + limit,
                    row -> LedgerAnalytics.transaction(row, rates),
                    rows.get(),
                    before.get());
        }
        return sure.stream().sorted(BY_AMOUNT_SPENT).limit(limit).toList();
    }

    /**
     * The largest payment of each merchant and currency in the previous period (the smallest amount in
     * cents, {@code bound}), its day and the row holding it, on the unmerged table.
     */
    static final String BOUNDS_BEFORE = "SELECT merchant, currency, min(" + LedgerAnalytics.CENTS + ") AS bound"
            + " FROM {ledger_unmerged} WHERE {filter} GROUP BY merchant, currency";

    /** As {@link #BOUNDS_BEFORE}, with the row holding each and its day. */
    static final String LARGEST_BEFORE = "SELECT merchant, currency, min(" + LedgerAnalytics.CENTS + ") AS bound,"
            + " argMin(transaction_id, " + LedgerAnalytics.CENTS + ") AS holder, argMin(booked_date, "
            + LedgerAnalytics.CENTS + ") AS day FROM {ledger_unmerged} WHERE {filter} GROUP BY merchant, currency";

    /**
     * The merchants with any transaction among the daily totals of the filter. Summed per merchant alone, not
     * per day: each group of the table's whole key counts transactions, so its sum is never below zero, and a
     * merchant's sum is above zero exactly when one of its days is (a third of the time of grouping by day for
     * a year of a million rows).
     */
    private static final String SEEN_BEFORE =
            "SELECT merchant FROM {daily} WHERE {filter} GROUP BY merchant HAVING sum(transactions) > 0";

    public NewMerchants newMerchants(UUID userId, ReportQuery query) {
        NewMerchants found = newMerchantsUnordered(userId, query);
        found.rows().sort(FIRST_SEEN);
        return found;
    }

    /**
     * The new places money went to (the report also lists new payers, whose total is money in), those paid most
     * first, at most {@code shown}, and how many there are: the overview's part of {@link #newMerchants}, without
     * ordering the tens of thousands of one-off shops of a year.
     */
    private NewPlaces newPlacesPaid(UUID userId, ReportQuery query, int shown) {
        List<NewMerchants.Row> paid = newMerchantsUnordered(userId, query).rows().stream()
                .filter(row -> row.total().signum() > 0)
                .toList();
        return new NewPlaces(FirstInOrder.of(paid, PAID_MOST, shown), paid.size());
    }

    /** The new-merchants report with its rows in no order (in a list of its own, to be sorted or not). */
    private NewMerchants newMerchantsUnordered(UUID userId, ReportQuery query) {
        ExchangeRates rates = ratesFor(userId, query);
        ConvertedTotals<String> spent = new ConvertedTotals<>(rates);
        Map<String, LocalDate> firstSeen = new java.util.HashMap<>();
        Supplier<LedgerFilter> period = () -> LedgerFilter.daily(userId, query).and("type != 'TRANSFER'");
        LedgerFilter before = LedgerFilter.daily(userId)
                .and("booked_date < ?", java.sql.Date.valueOf(query.from()))
                .and("type != 'TRANSFER'")
                .merchantsOfShortPeriod(query, period.get());
        analytics.query(
                "SELECT merchant, currency, " + ConvertedTotals.day(rates.baseCurrency())
                        + ", min(booked_date) AS first_seen, sum(n) AS transactions, -sum(total) AS spent FROM ("
                        + LedgerAnalytics.DAYS_AT_MERCHANTS + ") WHERE merchant NOT IN (" + SEEN_BEFORE
                        + ") GROUP BY merchant, currency, day",
                row -> {
                    String merchant = row.getString("merchant");
                    spent.add(merchant, row, "spent", "transactions");
                    firstSeen.merge(
                            merchant, ClickHouseRepository.date(row, "first_seen"), (a, b) -> a.isBefore(b) ? a : b);
                    return merchant;
                },
                period.get(),
                before);
        List<NewMerchants.Row> rows = new ArrayList<>(spent.totals().size());
        spent.totals()
                .forEach((merchant, total) -> rows.add(new NewMerchants.Row(
                        merchant, firstSeen.get(merchant), total.count(), total.sum(), total.unconverted(false))));
        return new NewMerchants(query.from(), query.to(), rates.baseCurrency(), rows, rates.used(), rates.missing());
    }

    /** Income and expenses per interval of the period, up to today: a week or month to come has no row. */
    public Balance balance(UUID userId, ReportQuery query, Interval interval) {
        List<LocalDate> starts = buckets(query, interval, LocalDate.now(clock));
        ExchangeRates rates = ratesFor(userId, query);
        ConvertedTotals<List<Object>> sums = new ConvertedTotals<>(rates);
        analytics.query(
                "SELECT " + bucket(interval) + " AS period, type, currency, "
                        + ConvertedTotals.day(rates.baseCurrency())
                        + ", sum(amount) AS total FROM {daily} WHERE {filter} GROUP BY period, type, currency, day",
                row -> {
                    List<Object> key = List.of(ClickHouseRepository.date(row, "period"), row.getString("type"));
                    sums.add(key, row, "total", null);
                    return key;
                },
                LedgerFilter.daily(userId, query).and("type IN ('INCOME', 'EXPENSE')"));
        List<Balance.Row> rows = new ArrayList<>();
        for (LocalDate start : starts) {
            ConvertedTotals.Total in = sums.of(List.of(start, "INCOME"));
            ConvertedTotals.Total out = sums.of(List.of(start, "EXPENSE"));
            BigDecimal income = in.sum();
            BigDecimal expenses = out.sum().negate();
            rows.add(new Balance.Row(
                    label(start, interval),
                    start,
                    income,
                    expenses,
                    income.subtract(expenses),
                    in.unconverted(false),
                    out.unconverted(true)));
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

    /** What went out in each category, period by period (the same buckets and rates as {@link #balance}). */
    public SpendingOverTime spendingOverTime(UUID userId, ReportQuery query, Interval interval) {
        List<LocalDate> starts = buckets(query, interval, LocalDate.now(clock));
        ExchangeRates rates = ratesFor(userId, query);
        ConvertedTotals<List<Object>> sums = new ConvertedTotals<>(rates);
        java.util.Set<String> categories = new java.util.TreeSet<>();
        analytics.query(
                "SELECT " + bucket(interval) + " AS period, category, currency, "
                        + ConvertedTotals.day(rates.baseCurrency())
                        + ", sum(amount) AS total FROM {daily} WHERE {filter} GROUP BY period, category, currency, day",
                row -> {
                    String category = row.getString("category");
                    categories.add(category);
                    List<Object> key = List.of(ClickHouseRepository.date(row, "period"), category);
                    sums.add(key, row, "total", null);
                    return key;
                },
                LedgerFilter.daily(userId, query).and("type = 'EXPENSE'"));
        Map<String, List<BigDecimal>> byCategory = new java.util.LinkedHashMap<>();
        for (String category : categories) {
            byCategory.put(
                    category,
                    starts.stream()
                            .map(start ->
                                    sums.of(List.of(start, category)).sum().negate())
                            .toList());
        }
        return new SpendingOverTime(
                rates.baseCurrency(), interval.name().toLowerCase(java.util.Locale.ROOT), starts, byCategory);
    }

    public Highlights highlights(UUID userId, ReportQuery query) {
        ExchangeRates rates = ratesFor(userId, query);
        // The four kinds are independent queries: asked side by side, the report takes as long as the slowest.
        java.util.function.Supplier<Boolean> single = once(() -> versions.single(userId, query.from(), query.to()));
        List<SideBySide<List<Highlights.Row>>> kinds = List.<Callable<List<Highlights.Row>>>of(
                        () -> highlightKinds.unusualAmounts(userId, query, rates),
                        () -> highlightKinds.duplicateCharges(userId, query, rates),
                        () -> highlightKinds.priceChanges(userId, query, rates, single),
                        () -> highlightKinds.afterLongGaps(userId, query, rates, single))
                .stream()
                .map(kind -> SideBySide.start(executor, kind))
                .toList();
        List<Highlights.Row> rows = new ArrayList<>();
        for (SideBySide<List<Highlights.Row>> kind : kinds) {
            rows.addAll(kind.get());
        }
        return new Highlights(query.from(), query.to(), rates.baseCurrency(), rows, rates.used(), rates.missing());
    }

    /** The value, asked for the first time it is needed, by whichever thread needs it first. */
    private static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> value) {
        return new java.util.function.Supplier<>() {
            private T known;

            @Override
            public synchronized T get() {
                if (known == null) {
                    known = value.get();
                }
                return known;
            }
        };
    }

    /**
     * The categories or merchants whose spending grew, most first (ties by name), at most {@code limit}: the
     * totals are keyed by name and "current" or "previous".
     */
    private static List<Growth.Row> grown(
            ConvertedTotals<List<String>> totals, boolean categories, EarlierData earlier, int limit) {
        Map<String, BigDecimal[]> periods = new java.util.HashMap<>();
        totals.totals().forEach((key, total) -> {
            BigDecimal[] sums =
                    periods.computeIfAbsent(key.get(0), name -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[key.get(1).equals("current") ? 0 : 1] = total.sum();
        });
        List<Growth.Row> rows = new ArrayList<>();
        periods.forEach((name, sums) -> {
            BigDecimal current = sums[0];
            BigDecimal previous = earlier.scaled(sums[1]);
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
        });
        return FirstInOrder.of(rows, MOST_GROWN, limit);
    }

    private ExchangeRates ratesFor(UUID userId, ReportQuery query) {
        return rateBook.forReport(userId, accounts.find(userId).getBaseCurrency(), query);
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

    static List<LocalDate> buckets(ReportQuery query, Interval interval, LocalDate today) {
        LocalDate last = query.to().isAfter(today) ? today : query.to();
        LocalDate start = switch (interval) {
            case DAY -> query.from();
            case WEEK -> query.from().with(java.time.DayOfWeek.MONDAY);
            case MONTH -> query.from().withDayOfMonth(1);
            case YEAR -> query.from().withDayOfYear(1);
        };
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate s = start; !s.isAfter(last); s = next(s, interval)) {
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
            // The week's Monday: a date people and spreadsheets read, where "2026-W49" is read by neither.
            case WEEK -> start.toString();
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    static String money(BigDecimal amount, String currency) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + currency;
    }
}
