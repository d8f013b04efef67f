package org.tributary.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tributary.categorising.boundary.CategoryLooks;
import org.tributary.categorising.control.Categories;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.reporting.control.Reports;
import org.tributary.reporting.control.ReportsUnavailableException;
import org.tributary.security.boundary.SignedInUser;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;

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
    public record CategoryTotal(String category, String type, BigDecimal total, long count) implements Serializable {}

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
    transient CategoryLooks looks;

    private final ReportFilters filters = new ReportFilters();
    private String currency;
    /** Currencies some amounts of the period are in that could not be converted (left out of the totals). */
    private String unconverted = "";

    private BigDecimal moneyIn = BigDecimal.ZERO;
    private BigDecimal moneyOut = BigDecimal.ZERO;
    private final List<CategoryTotal> spending = new ArrayList<>();
    private final List<TypeGroup> groups = new ArrayList<>();
    private transient Reports.Highlights highlights;
    private transient Reports.Largest largest;
    private transient Reports.Growth growth;
    private transient Reports.NewMerchants newMerchants;
    private transient Reports.Balance balance;
    private String spendingChart;
    private String balanceChart;
    private Sparklines sparklines = Sparklines.NONE;

    @PostConstruct
    void init() {
        show();
    }

    public void show() {
        filters.resolve(LocalDate.now());
        try {
            load();
        } catch (ReportsUnavailableException e) {
            groups.clear();
            spending.clear();
            PageMessages.error(null, PageMessages.text("dashboard.unavailable"));
        }
    }

    private void load() {
        var query = filters.query();
        var userId = user.id();
        Reports.ByCategory byCategory = reports.byCategory(userId, query);
        currency = byCategory.currency();
        unconverted = byCategory.missingRates().stream()
                .map(missing -> missing.currency())
                .distinct()
                .sorted()
                .collect(java.util.stream.Collectors.joining(", "));
        summarise(byCategory);
        highlights = reports.highlights(userId, query);
        largest = reports.largest(userId, query, LARGEST);
        growth = reports.growth(userId, query);
        newMerchants = reports.newMerchants(userId, query);
        Reports.Interval interval = filters.days() <= 31 ? Reports.Interval.WEEK : Reports.Interval.MONTH;
        balance = reports.balance(userId, query, interval);
        spendingChart = spendingOverTime(reports.spendingOverTime(userId, query, interval));
        List<Reports.Balance.Row> periods = balance.rows();
        balanceChart = ChartJson.balanceLines(
                periods.stream().map(Reports.Balance.Row::period).toList(),
                PageMessages.text("kind.INCOME"),
                periods.stream().map(Reports.Balance.Row::income).toList(),
                PageMessages.text("kind.EXPENSE"),
                periods.stream().map(Reports.Balance.Row::expenses).toList(),
                PageMessages.text("dashboard.net"),
                periods.stream().map(Reports.Balance.Row::net).toList());
        sparklines = Sparklines.of(periods);
    }

    /** The categories in the order of the spending table (largest first), each in its own colour. */
    private String spendingOverTime(Reports.SpendingOverTime over) {
        List<String> ordered = spending.stream()
                .map(CategoryTotal::category)
                .filter(over.byCategory()::containsKey)
                .toList();
        return ChartJson.stackedBars(
                over.periods(),
                ordered,
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
                    .add(new CategoryTotal(row.category(), row.type(), row.total(), row.count()));
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

    public List<String> getCategoryNames() {
        return categories.of(user.id()).stream().map(Categories.Category::name).toList();
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

    public Reports.NewMerchants getNewMerchants() {
        return newMerchants;
    }

    /** The new merchants money went to (the report also lists new payers, whose total is money in). */
    public java.util.List<Reports.NewMerchants.Row> getNewPlacesPaid() {
        return newMerchants.rows().stream().filter(m -> m.total().signum() > 0).toList();
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
