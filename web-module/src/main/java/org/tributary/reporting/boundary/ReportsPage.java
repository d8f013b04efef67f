package org.tributary.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tributary.categorising.control.Categories;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.boundary.PortalWords;
import org.tributary.reporting.control.ReportQuery;
import org.tributary.reporting.control.ReportTables;
import org.tributary.reporting.control.Reports;
import org.tributary.reporting.control.ReportsUnavailableException;
import org.tributary.reporting.control.export.ReportTable;
import org.tributary.security.boundary.SignedInUser;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;

/**
 * One report at a time, chosen from the list of reports, shown as its table and chart for the chosen period
 * and filters, with one "Download" menu of its files: plain links to {@code GET /api/v1/reports/{name}/export}
 * with the same period, filters and interval, which the browser downloads with the session cookie. The page
 * shows the very table the files hold ({@link ReportTables}), so the two cannot differ.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reports of API.md, by the name in their address. */
    public static final List<String> REPORTS =
            List.of("by-category", "largest", "growth", "new-merchants", "balance", "highlights");

    public static final List<String> FORMATS = List.of("csv", "xlsx", "pdf");

    private static final int LARGEST = 10;

    @Inject
    transient Reports reports;

    @Inject
    transient ReportTables tables;

    @Inject
    transient Categories categories;

    @Inject
    transient Sources sources;

    @Inject
    transient SignedInUser user;

    @Inject
    transient ReportPeriods periods;

    private final ReportFilters filters = new ReportFilters();
    private String report = REPORTS.get(0);
    private ReportOnScreen shown;
    private String comparedWith;

    @PostConstruct
    void init() {
        String asked = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("report");
        if (asked != null && REPORTS.contains(asked)) {
            report = asked;
        }
        if (periods.open(filters, "reports:to")) {
            load();
        }
    }

    /** Shows the chosen period and filters, and remembers the period. */
    public void show() {
        filters.resolve(LocalDate.now());
        periods.chosen(filters, "report=" + report);
        load();
    }

    private void load() {
        ReportQuery query = filters.query();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        comparedWith = null;
        ReportTables tables = this.tables.withCategoriesIn(locale);
        try {
            ReportTable table = switch (report) {
                case "largest" -> tables.largest(reports.largest(user.id(), query, LARGEST));
                case "growth" -> {
                    Reports.Growth growth = reports.growth(user.id(), query);
                    comparedWith = GrowthComparison.words(growth, locale);
                    yield tables.growth(growth);
                }
                case "new-merchants" -> tables.newMerchants(reports.newMerchants(user.id(), query));
                case "balance" -> {
                    Reports.Balance balance = reports.balance(user.id(), query, interval());
                    List<String> labels = balance.rows().stream()
                            .map(row -> PeriodLabels.of(
                                    row.start(), balance.interval(), filters.getFrom(), filters.getTo(), locale))
                            .toList();
                    shown = ReportOnScreen.of(tables.balance(balance), locale, labels);
                    yield null;
                }
                case "highlights" -> tables.highlights(reports.highlights(user.id(), query));
                default ->
                    tables.byCategory(reports.byCategory(user.id(), query), type -> PageMessages.text("kind." + type));
            };
            if (table != null) {
                shown = ReportOnScreen.of(table, locale, null);
            }
        } catch (ReportsUnavailableException e) {
            shown = null;
            PageMessages.error(null, PageMessages.text("dashboard.unavailable"));
        }
    }

    /** Weeks for a period of a month or less, months for a longer one: the same as the overview. */
    private Reports.Interval interval() {
        return filters.days() <= 31 ? Reports.Interval.WEEK : Reports.Interval.MONTH;
    }

    public String exportLink(String format) {
        String link = "/api/v1/reports/" + report + "/export?format=" + format + "&" + filters.queryString();
        return switch (report) {
            case "balance" -> link + "&interval=" + interval().name().toLowerCase(Locale.ROOT);
            case "largest" -> link + "&limit=" + LARGEST;
            default -> link;
        };
    }

    /** The address of another report, for the same period and filters. */
    public String reportLink(String name) {
        return "/app/reports.xhtml?report=" + name + "&" + filters.pageQueryString();
    }

    public String getReport() {
        return report;
    }

    public ReportOnScreen getShown() {
        return shown;
    }

    public String getComparedWith() {
        return comparedWith;
    }

    public List<String> getReports() {
        return REPORTS;
    }

    public List<String> getFormats() {
        return FORMATS;
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
}
