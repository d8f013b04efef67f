package org.tributary.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tributary.categorising.boundary.CategoryLooks;
import org.tributary.categorising.control.Categories;
import org.tributary.categorising.control.CategoryNames;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.boundary.PortalWords;
import org.tributary.reporting.control.CurrencyAmount;
import org.tributary.reporting.control.Reports;
import org.tributary.reporting.control.ReportsUnavailableException;
import org.tributary.security.boundary.SignedInUser;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;
import org.tributary.transactions.control.Ledger;

/**
 * The overview of a period: money in, money out and what is left, each with its trend; spending by category
 * over time (stacked bars) and in total (a table); money in and transfers by category; the highlights
 * (strange, biggest, grown, new merchants), each linking to the transactions behind it (a strange or big one
 * to just that transaction); and the balance over time as lines. All numbers come from {@link Reports}, the same service as
 * {@code /api/v1/reports}.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LARGEST = 5;

    /** One category of one kind (money in, money out, transfers) in the period. */
    public record CategoryTotal(
            String category, String type, BigDecimal total, long count, List<CurrencyAmount> notConverted)
            implements Serializable {}

    /** The totals of one kind of transaction and its categories. */
    public record TypeGroup(String type, BigDecimal total, long count, List<CategoryTotal> categories)
            implements Serializable {}

    @Inject
    transient Reports reports;

    @Inject
    transient Categories categories;

    @Inject
    transient Sources sources;

    @Inject
    transient SignedInUser user;

    @Inject
    transient Ledger ledger;

    @Inject
    transient ReportPeriods periods;

    @Inject
    transient CategoryLooks looks;

    private final ReportFilters filters = new ReportFilters();
    private String currency;
    /** Currencies some amounts of the period are in that had no exchange rate (shown in their own currency). */
    private String unconverted = "";

    private List<CurrencyAmount> moneyInNotConverted = List.of();
    private List<CurrencyAmount> moneyOutNotConverted = List.of();

    private BigDecimal moneyIn = BigDecimal.ZERO;
    private BigDecimal moneyOut = BigDecimal.ZERO;
    private final List<CategoryTotal> spending = new ArrayList<>();
    private final List<TypeGroup> groups = new ArrayList<>();
    private transient Reports.Highlights highlights;
    private transient Reports.Largest largest;
    private transient Reports.Growth growth;
    private transient Reports.NewPlaces newPlaces;
    private transient Reports.Balance balance;
    private String spendingChart;
    private String balanceChart;
    /** The first and last day of all the person's transactions; null when they have none yet. */
    private LocalDate dataFirst;

    private LocalDate dataLast;
    /** Whether the figures are of the filters' period (not when the address names one that ends before it starts). */
    private boolean shown;

    private Sparklines sparklines = Sparklines.NONE;

    @PostConstruct
    void init() {
        if (periods.open(filters, "dashboard:to")) {
            loadOrSaySo();
        }
    }

    /** Shows the chosen period and filters, and remembers the period. */
    public void show() {
        filters.resolve(LocalDate.now());
        periods.chosen(filters, null);
        loadOrSaySo();
    }

    private void loadOrSaySo() {
        try {
            load();
            shown = true;
            // Where the person's transactions lie matters only when the period shows none of them.
            Optional<Ledger.DateRange> range = isNothingToShow() ? ledger.dateRange(user.id()) : Optional.empty();
            dataFirst = range.map(Ledger.DateRange::first).orElse(null);
            dataLast = range.map(Ledger.DateRange::last).orElse(null);
        } catch (ReportsUnavailableException e) {
            groups.clear();
            spending.clear();
            shown = false;
            PageMessages.error(null, PageMessages.text("dashboard.unavailable"));
        }
    }

    private void load() {
        var query = filters.query();
        Reports.Interval interval = filters.days() <= 31 ? Reports.Interval.WEEK : Reports.Interval.MONTH;
        Reports.Overview overview = reports.overview(user.id(), query, interval, LARGEST, NEW_PLACES_SHOWN);
        Reports.ByCategory byCategory = overview.byCategory();
        currency = byCategory.currency();
        unconverted = byCategory.missingRates().stream()
                .map(missing -> missing.currency())
                .distinct()
                .sorted()
                .collect(java.util.stream.Collectors.joining(", "));
        summarise(byCategory);
        highlights = overview.highlights();
        largest = overview.largest();
        growth = overview.growth();
        newPlaces = overview.newPlaces();
        balance = overview.balance();
        spendingChart = spendingOverTime(overview.spendingOverTime());
        List<Reports.Balance.Row> rows = balance.rows();
        balanceChart = ChartJson.balanceLines(
                rows.stream().map(this::periodLabel).toList(),
                PageMessages.text("kind.INCOME"),
                rows.stream().map(Reports.Balance.Row::income).toList(),
                PageMessages.text("kind.EXPENSE"),
                rows.stream().map(Reports.Balance.Row::expenses).toList(),
                PageMessages.text("dashboard.net"),
                rows.stream().map(Reports.Balance.Row::net).toList());
        sparklines = Sparklines.of(rows);
    }

    /** The categories in the order of the spending table (largest first), each in its own colour. */
    private String spendingOverTime(Reports.SpendingOverTime over) {
        List<String> ordered = spending.stream()
                .map(CategoryTotal::category)
                .filter(over.byCategory()::containsKey)
                .toList();
        return ChartJson.stackedBars(
                over.periods().stream()
                        .map(start ->
                                PeriodLabels.of(start, over.interval(), filters.getFrom(), filters.getTo(), locale()))
                        .toList(),
                ordered.stream()
                        .map(c -> CategoryNames.name(c, PortalWords.locale()))
                        .toList(),
                ordered.stream().map(looks::colour).toList(),
                ordered.stream().map(over.byCategory()::get).toList());
    }

    private void summarise(Reports.ByCategory byCategory) {
        spending.clear();
        groups.clear();
        Map<String, List<CategoryTotal>> byType = new LinkedHashMap<>();
        for (String type : List.of("EXPENSE", "INCOME", "TRANSFER")) {
            byType.put(type, new ArrayList<>());
        }
        for (Reports.ByCategory.Row row : byCategory.rows()) {
            byType.computeIfAbsent(row.type(), t -> new ArrayList<>())
                    .add(new CategoryTotal(row.category(), row.type(), row.total(), row.count(), row.notConverted()));
        }
        byType.forEach((type, rows) -> {
            rows.sort((a, b) -> b.total().abs().compareTo(a.total().abs()));
            BigDecimal total = rows.stream().map(CategoryTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            long count = rows.stream().mapToLong(CategoryTotal::count).sum();
            if (!rows.isEmpty()) {
                groups.add(new TypeGroup(type, total, count, List.copyOf(rows)));
            }
        });
        spending.addAll(byType.get("EXPENSE"));
        moneyOut = sum(byType.get("EXPENSE"));
        moneyIn = sum(byType.get("INCOME"));
        moneyOutNotConverted = notConverted(byType.get("EXPENSE"));
        moneyInNotConverted = notConverted(byType.get("INCOME"));
    }

    private static List<CurrencyAmount> notConverted(List<CategoryTotal> rows) {
        return CurrencyAmount.sum(rows.stream().map(CategoryTotal::notConverted).toList());
    }

    /** "+ CHF 120.00 not converted: no exchange rate", or nothing when everything was converted. */
    public String notConvertedText(List<CurrencyAmount> amounts) {
        if (amounts == null || amounts.isEmpty()) {
            return "";
        }
        return PageMessages.text(
                "baseCurrency.notConverted",
                amounts.stream()
                        .map(a -> a.currency() + " " + withCents(a.amount()))
                        .collect(java.util.stream.Collectors.joining(" + ")));
    }

    /** The code rather than a symbol: "₫" or "CHF" alone would not say which currency stayed unconverted. */
    private static String withCents(BigDecimal amount) {
        java.text.NumberFormat number =
                java.text.NumberFormat.getNumberInstance(jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getViewRoot()
                        .getLocale());
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        return number.format(amount);
    }

    public List<CurrencyAmount> getMoneyInNotConverted() {
        return moneyInNotConverted;
    }

    public List<CurrencyAmount> getMoneyOutNotConverted() {
        return moneyOutNotConverted;
    }

    private static BigDecimal sum(List<CategoryTotal> rows) {
        return rows.stream().map(CategoryTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The transactions list showing what lies behind a number of this overview. */
    public String transactionsLink(String category, String type, String text) {
        StringBuilder link = new StringBuilder("/app/transactions.xhtml?")
                .append(filters.queryString())
                .append(type == null ? "" : "&type=" + type);
        if (category != null && filters.getCategory() == null) {
            link.append("&category=")
                    .append(java.net.URLEncoder.encode(category, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (text != null) {
            link.append("&q=").append(java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    /** The transactions list showing just this transaction (a highlight's, or one of the largest). */
    public String transactionLink(UUID id) {
        return "/app/transactions.xhtml?id=" + id;
    }

    public boolean isNothingToShow() {
        return groups.isEmpty();
    }

    /** No transactions at all yet: the overview welcomes the person instead of showing zeros. */
    public boolean isFirstRun() {
        return shown && isNothingToShow() && dataFirst == null;
    }

    /** Nothing in the period, while all the person's transactions lie outside it (an old statement). */
    public boolean isDataElsewhere() {
        return isNothingToShow()
                && dataFirst != null
                && (dataLast.isBefore(filters.getFrom()) || dataFirst.isAfter(filters.getTo()));
    }

    /** "Your transactions are from 3 March 2017 to 30 June 2017." */
    public String getDataElsewhereText() {
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return PageMessages.text("dashboard.dataElsewhere", days.format(dataFirst), days.format(dataLast));
    }

    /** Shows the days from the first to the last of the person's transactions. */
    public void showDataPeriod() {
        if (dataFirst == null) {
            return;
        }
        filters.setPeriod(ReportFilters.Period.CUSTOM);
        filters.setFrom(dataFirst);
        filters.setTo(dataLast);
        show();
    }

    public boolean isShown() {
        return shown;
    }

    /** A week as its Monday ("30 Nov"), a month as its name ("Nov 2026"), with the year where it is needed. */
    public String periodLabel(Reports.Balance.Row row) {
        return PeriodLabels.of(row.start(), balance.interval(), filters.getFrom(), filters.getTo(), locale());
    }

    /** The words under "what grew" that say what it was compared with, or why nothing could be. */
    public String getGrowthComparedWith() {
        return GrowthComparison.words(growth, locale());
    }

    private static java.util.Locale locale() {
        return jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot()
                .getLocale();
    }

    public List<SelectItem> getCategoryNames() {
        return PortalWords.choices(categories.of(user.id(), PortalWords.locale()));
    }

    public List<Source> getSources() {
        return sources.list(user.id());
    }

    public ReportFilters getFilters() {
        return filters;
    }

    public String getUnconverted() {
        return unconverted;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getMoneyIn() {
        return moneyIn;
    }

    public BigDecimal getMoneyOut() {
        return moneyOut;
    }

    public BigDecimal getNet() {
        return moneyIn.subtract(moneyOut);
    }

    public List<CategoryTotal> getSpending() {
        return spending;
    }

    public List<TypeGroup> getGroups() {
        return groups;
    }

    public Reports.Highlights getHighlights() {
        return highlights;
    }

    public Reports.Largest getLargest() {
        return largest;
    }

    public Reports.Growth getGrowth() {
        return growth;
    }

    /** How many new places the overview lists: a year of a real ledger has tens of thousands of one-off shops. */
    static final int NEW_PLACES_SHOWN = 10;

    /**
     * The new merchants money went to (the report also lists new payers, whose total is money in), those paid
     * most first, at most {@value #NEW_PLACES_SHOWN}: the report lists them all.
     */
    public java.util.List<Reports.NewMerchants.Row> getNewPlacesPaid() {
        return newPlaces.paidMost();
    }

    /** The new places paid beyond those listed. */
    public long getMoreNewPlaces() {
        return Math.max(0, newPlaces.paid() - newPlaces.paidMost().size());
    }

    public Reports.Balance getBalance() {
        return balance;
    }

    public String getSpendingChart() {
        return spendingChart;
    }

    public String getBalanceChart() {
        return balanceChart;
    }

    public Sparklines getSparklines() {
        return sparklines;
    }
}
