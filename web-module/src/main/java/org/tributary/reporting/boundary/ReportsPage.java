package org.tributary.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tributary.categorising.control.Categories;
import org.tributary.platform.boundary.PortalWords;
import org.tributary.security.boundary.SignedInUser;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;

/**
 * The reports, each with its exports: plain links to {@code GET /api/v1/reports/{name}/export} with the
 * chosen period and filters, which the browser downloads with the session cookie.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reports of API.md, by the name in their address. */
    public static final List<String> REPORTS =
            List.of("by-category", "largest", "growth", "new-merchants", "balance", "highlights");

    public static final List<String> FORMATS = List.of("csv", "xlsx", "pdf");

    @Inject
    transient Categories categories;

    @Inject
    transient Sources sources;

    @Inject
    transient SignedInUser user;

    private final ReportFilters filters = new ReportFilters();

    @PostConstruct
    void init() {
        show();
    }

    public void show() {
        filters.resolve(LocalDate.now());
    }

    public String exportLink(String report, String format) {
        return "/api/v1/reports/" + report + "/export?format=" + format + "&" + filters.queryString();
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
