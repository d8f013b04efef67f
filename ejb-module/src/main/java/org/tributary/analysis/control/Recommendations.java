package org.tributary.analysis.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tributary.accounts.control.Accounts;
import org.tributary.accounts.entity.User;
import org.tributary.analysis.control.Recommendation.Evidence;
import org.tributary.analysis.control.RecurringPayment.PriceChange;
import org.tributary.categorising.control.CategoryNames;
import org.tributary.platform.control.NotFoundException;
import org.tributary.reporting.control.ExchangeRates;
import org.tributary.reporting.control.RateBook;
import org.tributary.reporting.control.ReportQuery;
import org.tributary.reporting.control.Reports;
import org.tributary.transactions.control.Ledger;
import org.tributary.transactions.control.Ledger.Expense;

/**
 * Advice from a person's own figures, the largest yearly effect first: a regular payment whose price rose,
 * subscriptions still paid, money left over each month that could be put aside, and those of {@link SpendingTips}. Each names the figures and
 * transactions it rests on; its effect is in the base currency. Computed when asked, as of the ledger's newest day;
 * those the person dismissed stay away ({@link Dismissals}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Recommendations {

    static final String PRICE_RISE = "price-rise";
    static final String SUBSCRIPTION = "subscription";
    static final String LEFT_OVER = "left-over";

    @Inject
    RecurringPayments recurring;

    @Inject
    Ledger ledger;

    @Inject
    Reports reports;

    @Inject
    RateBook rateBook;

    @Inject
    Accounts accounts;

    @Inject
    Dismissals dismissals;

    @Inject
    SpendingTips tips;

    /** In the account's language (English until one is chosen). */
    public List<Recommendation> of(UUID userId) {
        return of(userId, null);
    }

    /** In the language given (the page's), or the account's when null. */
    public List<Recommendation> of(UUID userId, Locale language) {
        Map<UUID, Dismissals.Dismissal> dismissed = dismissals.of(userId);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return all(userId, language).stream()
                .filter(r ->
                        !dismissed.containsKey(r.id()) || !dismissed.get(r.id()).hides(r.impact(), today))
                .toList();
    }

    /** Puts a recommendation away until the day (null: for good); 404 for one the person does not have now. */
    public void dismiss(UUID userId, UUID recommendationId, LocalDate until) {
        Recommendation dismissed = all(userId, null).stream()
                .filter(r -> r.id().equals(recommendationId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("recommendation"));
        dismissals.dismiss(userId, recommendationId, dismissed.impact(), until);
    }

    @Inject
    StoredAnalysis stored;

    /** As the analyse-worker stored them for the ledger as it is now, else computed now. */
    private List<Recommendation> all(UUID userId, Locale language) {
        Locale chosen = language != null
                ? language
                : Locale.forLanguageTag(accounts.find(userId).getLocale().orElse("en"));
        String tag = chosen.getLanguage().equals("ru") ? "ru" : "en";
        return stored.current(userId)
                .map(result -> result.recommendations().get(tag))
                .orElseGet(() -> compute(userId, chosen, recurring.of(userId)));
    }

    /** Computed now in the language, from the person's regular payments (the analyse-worker's part). */
    public List<Recommendation> compute(UUID userId, Locale language, List<RecurringPayment> payments) {
        Optional<Ledger.DateRange> range = ledger.dateRange(userId);
        if (range.isEmpty()) {
            return List.of();
        }
        LocalDate asOf = range.get().last();
        User user = accounts.find(userId);
        RecommendationTexts texts = new RecommendationTexts(language);
        ExchangeRates rates = rateBook.forReport(
                userId,
                user.getBaseCurrency(),
                ReportQuery.period(asOf.minusDays(RecurringPayments.DAYS_LOOKED_AT), asOf));
        List<Recommendation> found = new ArrayList<>();
        String subscriptions = CategoryNames.key("Subscriptions");
        for (RecurringPayment payment : payments) {
            if (!payment.active()) {
                continue;
            }
            priceRise(userId, payment, rates, texts).ifPresent(found::add);
            if (subscriptions.equals(payment.category())) {
                subscription(userId, payment, rates, texts).ifPresent(found::add);
            }
        }
        leftOver(userId, asOf, texts).ifPresent(found::add);
        found.addAll(tips.categoryGrowth(userId, asOf, texts));
        tips.fees(userId, asOf, texts).ifPresent(found::add);
        tips.cash(userId, asOf, texts).ifPresent(found::add);
        found.addAll(tips.largeOneOffs(userId, asOf, texts));
        found.addAll(tips.twoOfAKind(userId, payments, rates, texts));
        found.sort(Comparator.comparing(Recommendation::impact, Comparator.reverseOrder())
                .thenComparing(Recommendation::title));
        return found;
    }

    private Optional<Recommendation> priceRise(
            UUID userId, RecurringPayment payment, ExchangeRates rates, RecommendationTexts texts) {
        if (payment.priceChanges().isEmpty()) {
            return Optional.empty();
        }
        PriceChange change = payment.priceChanges().get(payment.priceChanges().size() - 1);
        BigDecimal rise = change.to().subtract(change.from());
        if (rise.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal impact = rates.toBase(
                payment.currency(),
                payment.lastDate(),
                rise.multiply(BigDecimal.valueOf(payment.cadence().perYear())));
        if (impact == null) {
            return Optional.empty();
        }
        impact = impact.setScale(2, RoundingMode.HALF_EVEN);
        List<Expense> before = atPrice(
                userId,
                payment,
                change.from(),
                change.date().minusYears(1),
                change.date().minusDays(1));
        List<Expense> after = atPrice(userId, payment, change.to(), change.date(), payment.lastDate());
        String merchant = payment.merchant();
        return Optional.of(new Recommendation(
                id(PRICE_RISE, merchant, payment.currency(), change.date().toString()),
                PRICE_RISE,
                texts.text("price-rise.title", merchant, texts.money(change.to(), payment.currency())),
                texts.text(
                        "price-rise.detail",
                        merchant,
                        texts.money(change.to(), payment.currency()),
                        texts.money(change.from(), payment.currency()),
                        texts.date(change.date()),
                        texts.money(impact, rates.baseCurrency())),
                impact,
                rates.baseCurrency(),
                List.of(
                        evidence(texts.text("price-rise.before"), change.from(), payment.currency(), before),
                        evidence(texts.text("price-rise.after"), change.to(), payment.currency(), after))));
    }

    private Optional<Recommendation> subscription(
            UUID userId, RecurringPayment payment, ExchangeRates rates, RecommendationTexts texts) {
        BigDecimal impact = rates.toBase(payment.currency(), payment.lastDate(), payment.yearlyTotal());
        if (impact == null) {
            return Optional.empty();
        }
        impact = impact.setScale(2, RoundingMode.HALF_EVEN);
        List<Expense> lastYear = atPrice(
                userId,
                payment,
                payment.amount(),
                payment.lastDate().minusYears(1).plusDays(1),
                payment.lastDate());
        return Optional.of(new Recommendation(
                id(SUBSCRIPTION, payment.merchant(), payment.currency(), ""),
                SUBSCRIPTION,
                texts.text("subscription.title", payment.merchant()),
                texts.text(
                        "subscription.detail",
                        payment.merchant(),
                        texts.money(payment.amount(), payment.currency()),
                        texts.cadence(payment.cadence()),
                        texts.money(impact, rates.baseCurrency())),
                impact,
                rates.baseCurrency(),
                List.of(evidence(
                        texts.text("subscription.payments"), payment.amount(), payment.currency(), lastYear))));
    }

    /** The three whole months before the ledger's newest day's month: what was left each month, on average. */
    private Optional<Recommendation> leftOver(UUID userId, LocalDate asOf, RecommendationTexts texts) {
        LocalDate from = asOf.withDayOfMonth(1).minusMonths(3);
        LocalDate to = asOf.withDayOfMonth(1).minusDays(1);
        Reports.Balance balance = reports.balance(userId, ReportQuery.period(from, to), Reports.Interval.MONTH);
        BigDecimal sum = balance.rows().stream().map(Reports.Balance.Row::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (balance.rows().size() != 3 || sum.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal monthly = sum.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_EVEN);
        BigDecimal impact = sum.multiply(BigDecimal.valueOf(4)).setScale(2, RoundingMode.HALF_EVEN);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", texts.locale());
        List<Evidence> evidence = balance.rows().stream()
                .map(row -> new Evidence(
                        texts.text("left-over.month", row.start().format(month)),
                        row.net(),
                        balance.currency(),
                        List.<UUID>of()))
                .toList();
        return Optional.of(new Recommendation(
                id(LEFT_OVER, "", "", ""),
                LEFT_OVER,
                texts.text("left-over.title", texts.money(monthly, balance.currency())),
                texts.text(
                        "left-over.detail",
                        texts.money(monthly, balance.currency()),
                        texts.money(impact, balance.currency())),
                impact,
                balance.currency(),
                evidence));
    }

    /** The payments at the merchant of exactly this price in the days. */
    private List<Expense> atPrice(
            UUID userId, RecurringPayment payment, BigDecimal price, LocalDate from, LocalDate to) {
        return ledger.expensesAt(userId, payment.merchant(), payment.currency(), from, to).stream()
                .filter(e -> e.amount().compareTo(price) == 0)
                .toList();
    }

    private static Evidence evidence(String label, BigDecimal amount, String currency, List<Expense> payments) {
        return new Evidence(
                label, amount, currency, payments.stream().map(Expense::id).toList());
    }

    /** The same advice about the same thing keeps its id, so that a dismissal is remembered. */
    static UUID id(String kind, String merchant, String currency, String detail) {
        return UUID.nameUUIDFromBytes(
                String.join("|", kind, merchant, currency, detail).getBytes(StandardCharsets.UTF_8));
    }
}
