package org.tributary.analysis.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.tributary.analysis.control.Recommendation.Evidence;
import org.tributary.categorising.control.CategoryNames;
import org.tributary.reporting.control.ExchangeRates;
import org.tributary.reporting.control.ReportQuery;
import org.tributary.reporting.control.ReportTransaction;
import org.tributary.reporting.control.Reports;
import org.tributary.transactions.control.Ledger;

/**
 * Tips from where the money goes, besides the regular payments: a category growing against its own usual month,
 * bank fees and interest paid, cash withdrawals that leave spending unknown, large one-off payments, and two
 * subscriptions doing the same job. Each as of the ledger's newest day, its effect in the base currency.
 */
@Dependent
public class SpendingTips {

    static final String CATEGORY_GROWTH = "category-growth";
    static final String FEES = "fees";
    static final String CASH = "cash";
    static final String LARGE_ONE_OFF = "large-one-off";
    static final String TWO_OF_A_KIND = "two-of-a-kind";

    /** A category's month is "growing" at a quarter above its usual month and at least this much more. */
    private static final BigDecimal GROWTH_SHARE = new BigDecimal("1.25");

    private static final BigDecimal GROWTH_AT_LEAST = new BigDecimal("25");
    private static final BigDecimal CASH_AT_LEAST = new BigDecimal("100");
    /** A one-off is large at a fifth of an average month's spending. */
    private static final BigDecimal ONE_OFF_SHARE = new BigDecimal("0.2");

    private static final int MOST_IDS = 50;
    private static final List<String> NOT_GROWTH = List.of(
            "uncategorised", "transfers", "rent-and-housing", "fees-and-interest", "cash", "taxes-and-government");
    /** Payments that are large by nature, not by surprise. */
    private static final List<String> NOT_ONE_OFF = List.of("transfers", "rent-and-housing", "taxes-and-government");

    private static final Map<String, List<String>> KINDS = kinds();

    @Inject
    Reports reports;

    @Inject
    Ledger ledger;

    /** Categories whose last whole month was well above the average of the three before it. */
    List<Recommendation> categoryGrowth(UUID userId, LocalDate asOf, RecommendationTexts texts) {
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        YearMonth first = last.minusMonths(3);
        Reports.SpendingOverTime months = reports.spendingOverTime(
                userId, ReportQuery.period(first.atDay(1), last.atEndOfMonth()), Reports.Interval.MONTH);
        if (months.periods().size() != 4) {
            return List.of();
        }
        List<Recommendation> found = new ArrayList<>();
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLLL yyyy", texts.locale());
        months.byCategory().forEach((category, amounts) -> {
            if (NOT_GROWTH.contains(category)) {
                return;
            }
            BigDecimal usual = amounts.get(0)
                    .add(amounts.get(1))
                    .add(amounts.get(2))
                    .divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_EVEN);
            BigDecimal now = amounts.get(3).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal more = now.subtract(usual);
            if (usual.signum() <= 0
                    || now.compareTo(usual.multiply(GROWTH_SHARE)) < 0
                    || more.compareTo(GROWTH_AT_LEAST) < 0) {
                return;
            }
            BigDecimal impact = more.multiply(BigDecimal.valueOf(12));
            String name = CategoryNames.name(category, texts.locale());
            String currency = months.currency();
            List<UUID> ids = ledger.largestIds(
                    userId, "EXPENSE", last.atDay(1), last.atEndOfMonth(), category, List.of(), MOST_IDS);
            found.add(new Recommendation(
                    Recommendations.id(CATEGORY_GROWTH, category, currency, last.toString()),
                    CATEGORY_GROWTH,
                    texts.text("category-growth.title", name, texts.money(more, currency)),
                    texts.text(
                            "category-growth.detail",
                            name,
                            texts.money(now, currency),
                            last.format(monthName),
                            texts.money(usual, currency),
                            texts.money(impact, currency)),
                    impact,
                    currency,
                    List.of(
                            new Evidence(texts.text("category-growth.usual"), usual, currency, List.of()),
                            new Evidence(last.format(monthName), now, currency, ids))));
        });
        return found;
    }

    /** Bank fees and interest in the last twelve months. */
    Optional<Recommendation> fees(UUID userId, LocalDate asOf, RecommendationTexts texts) {
        LocalDate from = asOf.minusYears(1).plusDays(1);
        return spentOn(userId, "fees-and-interest", from, asOf)
                .map(spent -> new Recommendation(
                        Recommendations.id(FEES, "", spent.currency(), ""),
                        FEES,
                        texts.text("fees.title", texts.money(spent.total(), spent.currency())),
                        texts.text("fees.detail", spent.count(), texts.money(spent.total(), spent.currency())),
                        spent.total(),
                        spent.currency(),
                        List.of(new Evidence(
                                texts.text("fees.payments"), spent.total(), spent.currency(), spent.ids()))));
    }

    /** Cash taken out in the last three months: money whose spending the reports cannot see (no saving in itself). */
    Optional<Recommendation> cash(UUID userId, LocalDate asOf, RecommendationTexts texts) {
        LocalDate from = asOf.minusMonths(3).plusDays(1);
        return spentOn(userId, "cash", from, asOf)
                .filter(spent -> spent.total().compareTo(CASH_AT_LEAST) >= 0)
                .map(spent -> new Recommendation(
                        Recommendations.id(CASH, "", spent.currency(), ""),
                        CASH,
                        texts.text("cash.title", texts.money(spent.total(), spent.currency())),
                        texts.text("cash.detail", spent.count(), texts.money(spent.total(), spent.currency())),
                        BigDecimal.ZERO.setScale(2),
                        spent.currency(),
                        List.of(new Evidence(
                                texts.text("cash.payments"), spent.total(), spent.currency(), spent.ids()))));
    }

    /** Payments in the last 30 days of a fifth of an average month or more, at a merchant paid never before or since. */
    List<Recommendation> largeOneOffs(UUID userId, LocalDate asOf, RecommendationTexts texts) {
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        Reports.ByCategory threeMonths = reports.byCategory(
                userId, ReportQuery.period(last.minusMonths(2).atDay(1), last.atEndOfMonth()));
        BigDecimal monthly = threeMonths.rows().stream()
                .filter(r -> r.type().equals("EXPENSE"))
                .map(Reports.ByCategory.Row::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_EVEN);
        if (monthly.signum() <= 0) {
            return List.of();
        }
        BigDecimal large = monthly.multiply(ONE_OFF_SHARE);
        List<Recommendation> found = new ArrayList<>();
        for (ReportTransaction payment : reports.largest(userId, ReportQuery.period(asOf.minusDays(29), asOf), 10)
                .rows()) {
            BigDecimal amount =
                    payment.baseAmount() == null ? null : payment.baseAmount().negate();
            if (found.size() == 3
                    || amount == null
                    || !payment.type().equals("EXPENSE")
                    || amount.compareTo(large) < 0
                    || NOT_ONE_OFF.contains(payment.category())
                    || ledger.expensesAt(
                                            userId,
                                            payment.merchant(),
                                            payment.currency(),
                                            asOf.minusDays(RecurringPayments.DAYS_LOOKED_AT),
                                            asOf)
                                    .size()
                            != 1) {
                continue;
            }
            String currency = threeMonths.currency();
            BigDecimal shown = amount.setScale(2, RoundingMode.HALF_EVEN);
            found.add(new Recommendation(
                    Recommendations.id(
                            LARGE_ONE_OFF,
                            payment.merchant(),
                            payment.currency(),
                            payment.id().toString()),
                    LARGE_ONE_OFF,
                    texts.text("large-one-off.title", texts.money(shown, currency), payment.merchant()),
                    texts.text(
                            "large-one-off.detail",
                            texts.date(payment.date()),
                            texts.money(shown, currency),
                            texts.money(monthly, currency)),
                    shown,
                    currency,
                    List.of(new Evidence(payment.merchant(), shown, currency, List.of(payment.id())))));
        }
        return found;
    }

    /** Two or more subscriptions still paid that do the same job (video, music, cloud storage). */
    List<Recommendation> twoOfAKind(
            UUID userId, List<RecurringPayment> payments, ExchangeRates rates, RecommendationTexts texts) {
        Map<String, List<RecurringPayment>> byKind = new LinkedHashMap<>();
        for (RecurringPayment payment : payments) {
            if (payment.active()) {
                kindOf(payment.merchant())
                        .ifPresent(kind -> byKind.computeIfAbsent(kind, k -> new ArrayList<>())
                                .add(payment));
            }
        }
        List<Recommendation> found = new ArrayList<>();
        byKind.forEach((kind, same) -> {
            if (same.size() < 2) {
                return;
            }
            List<Evidence> evidence = new ArrayList<>();
            BigDecimal cheapest = null;
            for (RecurringPayment payment : same) {
                BigDecimal yearly = rates.toBase(payment.currency(), payment.lastDate(), payment.yearlyTotal());
                if (yearly == null) {
                    return;
                }
                yearly = yearly.setScale(2, RoundingMode.HALF_EVEN);
                cheapest = cheapest == null || yearly.compareTo(cheapest) < 0 ? yearly : cheapest;
                List<UUID> ids = ledger
                        .expensesAt(
                                userId,
                                payment.merchant(),
                                payment.currency(),
                                payment.lastDate().minusYears(1).plusDays(1),
                                payment.lastDate())
                        .stream()
                        .filter(e -> e.amount().compareTo(payment.amount()) == 0)
                        .map(Ledger.Expense::id)
                        .toList();
                evidence.add(new Evidence(payment.merchant(), payment.amount(), payment.currency(), ids));
            }
            List<String> names =
                    same.stream().map(RecurringPayment::merchant).sorted().toList();
            String kindName = texts.text("kind." + kind);
            found.add(new Recommendation(
                    Recommendations.id(TWO_OF_A_KIND, String.join("+", names), "", kind),
                    TWO_OF_A_KIND,
                    texts.text("two-of-a-kind.title", same.size(), kindName),
                    texts.text(
                            "two-of-a-kind.detail",
                            String.join(", ", names),
                            texts.money(cheapest, rates.baseCurrency())),
                    cheapest,
                    rates.baseCurrency(),
                    evidence));
        });
        return found;
    }

    static Optional<String> kindOf(String merchant) {
        String name = " "
                + merchant.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", " ")
                        .strip() + " ";
        for (Map.Entry<String, List<String>> kind : KINDS.entrySet()) {
            for (String word : kind.getValue()) {
                if (name.contains(" " + word + " ") || name.startsWith(" " + word)) {
                    return Optional.of(kind.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** A category's expenses in the days, if any: its total in the base currency and the largest payments. */
    private record Spent(BigDecimal total, long count, String currency, List<UUID> ids) {}

    private Optional<Spent> spentOn(UUID userId, String category, LocalDate from, LocalDate to) {
        Reports.ByCategory byCategory =
                reports.byCategory(userId, new ReportQuery(from, to, List.of(category), List.of(), List.of()));
        return byCategory.rows().stream()
                .filter(r -> r.type().equals("EXPENSE")
                        && r.category().equals(category)
                        && r.total().signum() > 0)
                .findFirst()
                .map(r -> new Spent(
                        r.total().setScale(2, RoundingMode.HALF_EVEN),
                        r.count(),
                        byCategory.currency(),
                        ledger.largestIds(userId, "EXPENSE", from, to, category, List.of(), MOST_IDS)));
    }

    private static Map<String, List<String>> kinds() {
        Properties kinds = new Properties();
        try (Reader in = new InputStreamReader(
                SpendingTips.class.getResourceAsStream("subscription-kinds.properties"), StandardCharsets.UTF_8)) {
            kinds.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        kinds.stringPropertyNames().stream()
                .sorted()
                .forEach(kind -> byKind.put(
                        kind,
                        Arrays.stream(kinds.getProperty(kind).split(","))
                                .map(String::strip)
                                .toList()));
        return byKind;
    }
}
