package org.tributary.asking.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tributary.accounts.control.Accounts;
import org.tributary.accounts.entity.User;
import org.tributary.analysis.control.RecurringPayment;
import org.tributary.analysis.control.RecurringPayments;
import org.tributary.asking.control.Answer.Source;
import org.tributary.categorising.control.Categories;
import org.tributary.categorising.control.CategoryNames;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.reporting.control.MerchantSpending;
import org.tributary.reporting.control.ReportQuery;
import org.tributary.reporting.control.ReportTransaction;
import org.tributary.reporting.control.Reports;
import org.tributary.transactions.control.Ledger;

/**
 * Answers a question about the person's own money from the reports, offline: the question is read by
 * {@link QuestionReader}, the figures come from the same reports the pages show (so an answer and the overview
 * never disagree), and each answer names them. Only the signed-in person's data is ever read: the user id comes
 * from the caller, never from the question.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Asking {

    /** The most transaction ids one source lists. */
    static final int MOST_IDS = 50;

    private static final int LISTED = 3;

    @Inject
    Reports reports;

    @Inject
    MerchantSpending merchantSpending;

    @Inject
    RecurringPayments recurring;

    @Inject
    Categories categories;

    @Inject
    Ledger ledger;

    @Inject
    Accounts accounts;

    @Inject
    AskLlm llm;

    /**
     * @param from, to the period the page shows, used when the question names none (both or neither)
     * @param language the page's language, or null for the account's: the answer's language when the question's
     *     own is not clear (a question in Russian is answered in Russian, one in English in English)
     */
    public Answer ask(UUID userId, String question, LocalDate from, LocalDate to, Locale language) {
        if (question == null || question.isBlank()) {
            throw new InvalidInputException("question", "Ask a question, such as: how much did I spend last month?");
        }
        if (question.length() > QuestionWords.MAX_CHARS) {
            throw new InvalidInputException(
                    "question", "A question has at most " + QuestionWords.MAX_CHARS + " characters");
        }
        if ((from == null) != (to == null)) {
            throw new InvalidInputException(from == null ? "from" : "to", "Give both from and to, or neither");
        }
        if (from != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "to is before from");
        }
        User user = accounts.find(userId);
        AnswerTexts texts = new AnswerTexts(QuestionWords.languageOf(question)
                .orElse(
                        language != null
                                ? language
                                : Locale.forLanguageTag(user.getLocale().orElse("en"))));
        if (ledger.dateRange(userId).isEmpty()) {
            return new Answer(texts.text("empty"), List.of(), List.of());
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> own = categories.of(userId, texts.locale()).stream()
                .filter(c -> c.kind().equals("CUSTOM"))
                .map(Categories.Category::id)
                .toList();
        List<String> merchants = merchantSpending.names(userId);
        Question asked = new QuestionReader(own, merchants).read(question, today);
        if (asked == null) {
            if (llm.enabled()) {
                AskTools tools = new AskTools(
                        understood -> answer(new Answering(userId, understood, texts), null, today), own, merchants);
                Optional<Answer> answer = llm.answer(question, texts.locale(), today, tools);
                if (answer.isPresent()) {
                    return answer.get();
                }
            }
            List<String> suggestions =
                    List.of(texts.text("suggestion.1"), texts.text("suggestion.2"), texts.text("suggestion.3"));
            return new Answer(texts.text("unknown", texts.list(suggestions)), List.of(), suggestions);
        }
        AskedPeriod shown = from != null ? new AskedPeriod(from, to) : null;
        return answer(new Answering(userId, asked, texts), shown, today);
    }

    /** The answer to a question understood, in its period, else the one shown, else this month. */
    private Answer answer(Answering answering, AskedPeriod shown, LocalDate today) {
        Question asked = answering.asked;
        AskedPeriod period = !asked.periods().isEmpty()
                ? asked.periods().get(0)
                : shown != null ? shown : AskedPeriod.month(YearMonth.from(today));
        return switch (asked.intent()) {
            case SPENT -> answering.spent(period);
            case EARNED -> answering.earned(period);
            case BIGGEST -> answering.biggest(period);
            case GREW -> answering.grew(period);
            case NEW_PLACES -> answering.newPlaces(period);
            case BALANCE -> answering.balance(period);
            case REGULAR -> answering.regular();
            case COMPARE -> answering.compare(asked.periods(), period);
            case AVERAGE ->
                answering.average(!asked.periods().isEmpty() || shown != null ? period : lastMonths(today, 3));
            case WHERE -> answering.where(period);
        };
    }

    private static AskedPeriod lastMonths(LocalDate today, int months) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        return new AskedPeriod(last.minusMonths(months - 1L).atDay(1), last.atEndOfMonth());
    }

    /** One question's answer being put together. */
    private final class Answering {

        private final UUID userId;
        private final Question asked;
        private final AnswerTexts texts;

        Answering(UUID userId, Question asked, AnswerTexts texts) {
            this.userId = userId;
            this.asked = asked;
            this.texts = texts;
        }

        private ReportQuery query(AskedPeriod period) {
            return new ReportQuery(
                    period.from(),
                    period.to(),
                    asked.category() == null ? List.of() : List.of(asked.category()),
                    List.of(),
                    List.of());
        }

        private Map<String, Object> parameters(AskedPeriod period) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("from", period.from());
            parameters.put("to", period.to());
            if (asked.category() != null) {
                parameters.put("category", english(asked.category()));
            }
            if (!asked.merchants().isEmpty()) {
                parameters.put("merchants", asked.merchants());
            }
            return parameters;
        }

        private String subject() {
            if (!asked.merchants().isEmpty()) {
                return texts.text("subject.merchant", String.join(", ", asked.merchants()));
            }
            if (asked.category() != null) {
                return texts.text("subject.category", texts.category(asked.category()));
            }
            return "";
        }

        /** What was spent in the period on the question's category or at its merchants, or in all. */
        private record Spent(String report, String type, BigDecimal total, long count, String currency) {}

        private Spent spentIn(AskedPeriod period) {
            if (!asked.merchants().isEmpty()) {
                MerchantSpending.Spent at = merchantSpending.at(userId, query(period), asked.merchants());
                return new Spent("merchant", "EXPENSE", at.spent(), at.count(), at.currency());
            }
            Reports.ByCategory byCategory = reports.byCategory(userId, query(period));
            if (asked.category() != null) {
                return byCategory.rows().stream()
                        .filter(r -> r.category().equals(asked.category()))
                        .findFirst()
                        .map(r -> new Spent("by-category", r.type(), r.total(), r.count(), byCategory.currency()))
                        .orElse(new Spent("by-category", "EXPENSE", BigDecimal.ZERO, 0, byCategory.currency()));
            }
            return sumOf(byCategory, "EXPENSE");
        }

        private Spent sumOf(Reports.ByCategory byCategory, String type) {
            BigDecimal total = BigDecimal.ZERO;
            long count = 0;
            for (Reports.ByCategory.Row row : byCategory.rows()) {
                if (row.type().equals(type)) {
                    total = total.add(row.total());
                    count += row.count();
                }
            }
            return new Spent("by-category", type, total, count, byCategory.currency());
        }

        private List<UUID> idsOf(AskedPeriod period, String type) {
            return ledger.largestIds(
                    userId, type, period.from(), period.to(), asked.category(), asked.merchants(), MOST_IDS);
        }

        private Source source(String report, AskedPeriod period, Map<String, Object> figures, List<UUID> ids) {
            return new Source(report, parameters(period), figures, ids);
        }

        /** The source of a total: its parameters name the transactions' type, as the transaction list takes it. */
        private Source sourceOf(Spent spent, AskedPeriod period, Map<String, Object> figures) {
            Map<String, Object> parameters = parameters(period);
            parameters.put("type", spent.type());
            List<UUID> ids = spent.count() == 0 ? List.of() : idsOf(period, spent.type());
            return new Source(spent.report(), parameters, figures, ids);
        }

        private Map<String, Object> figures(Spent spent) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("total", rounded(spent.total()));
            figures.put("count", spent.count());
            figures.put("currency", spent.currency());
            return figures;
        }

        Answer spent(AskedPeriod period) {
            Spent spent = spentIn(period);
            Source source = sourceOf(spent, period, figures(spent));
            String words;
            if (spent.count() == 0) {
                words = texts.text("spent.nothing", texts.period(period), subject());
            } else if (spent.type().equals("INCOME")) {
                words = texts.text(
                        "received",
                        texts.period(period),
                        money(spent),
                        texts.category(asked.category()),
                        spent.count());
            } else if (spent.type().equals("TRANSFER")) {
                words = texts.text(
                        "moved", texts.period(period), money(spent), texts.category(asked.category()), spent.count());
            } else {
                words = texts.text("spent", texts.period(period), money(spent), subject(), spent.count());
            }
            return new Answer(words, List.of(source), List.of());
        }

        Answer earned(AskedPeriod period) {
            if (asked.category() != null) {
                return spent(period);
            }
            Spent income = sumOf(reports.byCategory(userId, query(period)), "INCOME");
            Source source = sourceOf(income, period, figures(income));
            String words = income.count() == 0
                    ? texts.text("earned.nothing", texts.period(period))
                    : texts.text("earned", texts.period(period), money(income), income.count());
            return new Answer(words, List.of(source), List.of());
        }

        Answer biggest(AskedPeriod period) {
            Reports.Largest largest = reports.largest(userId, query(period), 100);
            List<ReportTransaction> payments = largest.rows().stream()
                    .filter(t -> t.amount().signum() < 0 && t.type().equals("EXPENSE"))
                    .filter(t ->
                            asked.merchants().isEmpty() || asked.merchants().contains(t.merchant()))
                    .limit(asked.count())
                    .toList();
            List<Map<String, Object>> rows = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (ReportTransaction payment : payments) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("amount", rounded(shown(payment)));
                row.put("merchant", payment.merchant());
                row.put("date", payment.date());
                rows.add(row);
                items.add(texts.text("biggest.item", moneyOf(payment), payment.merchant(), texts.date(payment.date())));
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("payments", rows);
            figures.put("currency", largest.currency());
            Source source = source(
                    "largest",
                    period,
                    figures,
                    payments.stream().map(ReportTransaction::id).toList());
            String words;
            if (payments.isEmpty()) {
                words = texts.text("biggest.nothing", texts.period(period), subject());
            } else if (payments.size() == 1) {
                ReportTransaction payment = payments.get(0);
                words = texts.text(
                        "biggest.one",
                        texts.period(period),
                        moneyOf(payment),
                        payment.merchant(),
                        texts.date(payment.date()),
                        subject());
            } else {
                words = texts.text("biggest.many", texts.period(period), payments.size(), texts.list(items), subject());
            }
            return new Answer(words, List.of(source), List.of());
        }

        Answer grew(AskedPeriod period) {
            Reports.Growth growth = reports.growth(userId, query(period));
            AskedPeriod previous = new AskedPeriod(growth.previousFrom(), growth.previousTo());
            List<Reports.Growth.Row> grown = growth.rows().stream()
                    .filter(r -> (asked.category() == null) == (r.merchant() == null)
                            && r.delta().signum() > 0)
                    .sorted(Comparator.comparing(Reports.Growth.Row::delta, Comparator.reverseOrder()))
                    .limit(Math.max(asked.count(), LISTED))
                    .toList();
            List<Map<String, Object>> rows = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (Reports.Growth.Row row : grown) {
                String name = row.merchant() != null ? row.merchant() : texts.category(row.category());
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put(
                        row.merchant() != null ? "merchant" : "category",
                        row.merchant() != null ? row.merchant() : english(row.category()));
                figures.put("current", rounded(row.current()));
                figures.put("previous", rounded(row.previous()));
                figures.put("delta", rounded(row.delta()));
                rows.add(figures);
                String currency = growth.currency();
                items.add(texts.text(
                        "grew.item",
                        name,
                        texts.money(row.delta(), currency),
                        texts.money(row.previous(), currency),
                        texts.money(row.current(), currency)));
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("previousFrom", growth.previousFrom());
            figures.put("previousTo", growth.previousTo());
            figures.put("rows", rows);
            figures.put("currency", growth.currency());
            Source source = source(
                    "growth",
                    period,
                    figures,
                    growth.transactions().stream()
                            .map(ReportTransaction::id)
                            .limit(MOST_IDS)
                            .toList());
            String words;
            if (growth.earlierData().comparison()
                    == org.tributary.reporting.control.EarlierData.Comparison.TOO_LITTLE) {
                words = texts.text("grew.no-history", texts.period(period));
            } else if (grown.isEmpty()) {
                words = texts.text("grew.nothing", texts.period(period), texts.period(previous));
            } else {
                words = texts.text("grew", texts.period(period), texts.period(previous), texts.list(items));
            }
            return new Answer(words, List.of(source), List.of());
        }

        Answer newPlaces(AskedPeriod period) {
            Reports.NewMerchants found = reports.newMerchants(userId, query(period));
            List<Reports.NewMerchants.Row> rows = found.rows().stream()
                    .sorted(Comparator.comparing(Reports.NewMerchants.Row::total, Comparator.reverseOrder())
                            .thenComparing(Reports.NewMerchants.Row::merchant))
                    .toList();
            List<String> items = rows.stream()
                    .limit(Math.max(asked.count(), 5))
                    .map(r -> texts.text("new.item", r.merchant(), texts.money(r.total(), found.currency())))
                    .toList();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("count", rows.size());
            figures.put(
                    "merchants",
                    rows.stream().map(Reports.NewMerchants.Row::merchant).toList());
            figures.put("currency", found.currency());
            Source source = source("new-merchants", period, figures, List.of());
            String words = rows.isEmpty()
                    ? texts.text("new.nothing", texts.period(period))
                    : texts.text("new", texts.period(period), rows.size(), texts.list(items));
            return new Answer(words, List.of(source), List.of());
        }

        Answer balance(AskedPeriod period) {
            Reports.ByCategory byCategory = reports.byCategory(userId, ReportQuery.period(period.from(), period.to()));
            Spent income = sumOf(byCategory, "INCOME");
            Spent expenses = sumOf(byCategory, "EXPENSE");
            BigDecimal net = income.total().subtract(expenses.total());
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("income", rounded(income.total()));
            figures.put("expenses", rounded(expenses.total()));
            figures.put("net", rounded(net));
            figures.put("currency", byCategory.currency());
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("from", period.from());
            parameters.put("to", period.to());
            String currency = byCategory.currency();
            String words = texts.text(
                    net.signum() >= 0 ? "balance.left" : "balance.short",
                    texts.period(period),
                    texts.money(income.total(), currency),
                    texts.money(expenses.total(), currency),
                    texts.money(net.abs(), currency));
            return new Answer(words, List.of(new Source("by-category", parameters, figures, List.of())), List.of());
        }

        Answer regular() {
            String baseCurrency = accounts.find(userId).getBaseCurrency();
            List<RecurringPayment> active = recurring.of(userId).stream()
                    .filter(RecurringPayment::active)
                    .sorted(Comparator.comparing(RecurringPayment::yearlyTotal, Comparator.reverseOrder()))
                    .toList();
            BigDecimal yearly = active.stream()
                    .filter(p -> p.currency().equals(baseCurrency))
                    .map(RecurringPayment::yearlyTotal)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Map<String, Object>> rows = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (RecurringPayment payment : active) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("merchant", payment.merchant());
                row.put("cadence", payment.cadence().name());
                row.put("amount", rounded(payment.amount()));
                row.put("currency", payment.currency());
                row.put("nextDate", payment.nextDate());
                row.put("yearlyTotal", rounded(payment.yearlyTotal()));
                rows.add(row);
                if (items.size() < 5) {
                    items.add(texts.text(
                            "regular.item",
                            payment.merchant(),
                            texts.money(payment.amount(), payment.currency()),
                            cadence(payment),
                            texts.date(payment.nextDate())));
                }
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("count", active.size());
            figures.put("yearlyTotal", rounded(yearly));
            figures.put("currency", baseCurrency);
            figures.put("payments", rows);
            String words = active.isEmpty()
                    ? texts.text("regular.nothing")
                    : texts.text("regular", active.size(), texts.money(yearly, baseCurrency), texts.list(items));
            return new Answer(words, List.of(new Source("recurring", Map.of(), figures, List.of())), List.of());
        }

        private String cadence(RecurringPayment payment) {
            boolean russian = texts.locale().getLanguage().equals("ru");
            return switch (payment.cadence().name()) {
                case "WEEKLY" -> russian ? "каждую неделю" : "every week";
                case "MONTHLY" -> russian ? "каждый месяц" : "every month";
                case "QUARTERLY" -> russian ? "раз в три месяца" : "every three months";
                default -> russian ? "раз в год" : "every year";
            };
        }

        Answer compare(List<AskedPeriod> named, AskedPeriod period) {
            AskedPeriod first;
            AskedPeriod second;
            if (named.size() >= 2) {
                first = named.get(0);
                second = named.get(1);
                if (second.from().isBefore(first.from())) {
                    AskedPeriod swap = first;
                    first = second;
                    second = swap;
                }
            } else {
                first = period.previous();
                second = period;
            }
            Spent before = spentIn(first);
            Spent after = spentIn(second);
            BigDecimal delta = after.total().subtract(before.total());
            Map<String, Object> firstFigures = figures(before);
            Map<String, Object> secondFigures = figures(after);
            secondFigures.put("delta", rounded(delta));
            String change;
            if (delta.signum() == 0) {
                change = texts.text("compare.same");
            } else if (before.total().signum() == 0) {
                change = texts.text("compare.more.nopercent", texts.money(delta.abs(), after.currency()));
            } else {
                change = texts.text(
                        delta.signum() > 0 ? "compare.more" : "compare.less",
                        texts.money(delta.abs(), after.currency()),
                        texts.percent(delta.abs(), before.total().abs()));
            }
            String words = texts.text(
                    "compare",
                    texts.period(first),
                    texts.money(before.total(), before.currency()),
                    texts.period(second),
                    texts.money(after.total(), after.currency()),
                    "",
                    change);
            if (!subject().isEmpty()) {
                words = words.replaceFirst(": ", subject() + ": ");
            }
            return new Answer(
                    words,
                    List.of(sourceOf(before, first, firstFigures), sourceOf(after, second, secondFigures)),
                    List.of());
        }

        Answer average(AskedPeriod period) {
            Spent spent = spentIn(period);
            double months = period.months();
            BigDecimal average = spent.total().divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
            Map<String, Object> figures = figures(spent);
            figures.put("months", BigDecimal.valueOf(months).setScale(2, RoundingMode.HALF_UP));
            figures.put("average", average);
            String shownMonths = BigDecimal.valueOf(months)
                    .setScale(1, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
            String words = texts.text(
                    "average",
                    texts.period(period),
                    texts.money(average, spent.currency()),
                    subject(),
                    money(spent),
                    shownMonths);
            return new Answer(words, List.of(sourceOf(spent, period, figures)), List.of());
        }

        Answer where(AskedPeriod period) {
            Reports.ByCategory byCategory = reports.byCategory(userId, ReportQuery.period(period.from(), period.to()));
            Spent all = sumOf(byCategory, "EXPENSE");
            List<Reports.ByCategory.Row> top = byCategory.rows().stream()
                    .filter(r -> r.type().equals("EXPENSE"))
                    .limit(Math.max(asked.count(), LISTED))
                    .toList();
            List<Map<String, Object>> rows = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (Reports.ByCategory.Row row : top) {
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("category", english(row.category()));
                figures.put("total", rounded(row.total()));
                rows.add(figures);
                items.add(texts.text(
                        "where.item",
                        texts.category(row.category()),
                        texts.money(row.total(), byCategory.currency()),
                        texts.percent(row.total(), all.total())));
            }
            Map<String, Object> figures = figures(all);
            figures.put("rows", rows);
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("from", period.from());
            parameters.put("to", period.to());
            String words = top.isEmpty()
                    ? texts.text("where.nothing", texts.period(period))
                    : texts.text("where", texts.period(period), money(all), texts.list(items));
            return new Answer(words, List.of(new Source("by-category", parameters, figures, List.of())), List.of());
        }

        private String money(Spent spent) {
            return texts.money(spent.total(), spent.currency());
        }

        private String moneyOf(ReportTransaction payment) {
            return texts.money(payment.amount().negate(), payment.currency());
        }

        private BigDecimal shown(ReportTransaction payment) {
            return payment.baseAmount() == null
                    ? payment.amount().negate()
                    : payment.baseAmount().negate();
        }
    }

    /** Categories in sources as everywhere in the API: by English name (decision 26). */
    private static String english(String stored) {
        return CategoryNames.name(stored, Locale.ENGLISH);
    }

    private static BigDecimal rounded(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
