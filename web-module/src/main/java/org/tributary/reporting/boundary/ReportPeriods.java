package org.tributary.reporting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.tributary.accounts.control.Accounts;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.security.boundary.SignedInUser;

/**
 * Where the overview and the reports page find their period, and where they leave it: the page address names
 * it (a bookmark, a link from the other page), or else the account remembers the one last chosen, on either
 * page; a newly chosen period goes into the account and into the address bar, so that reloading, bookmarking
 * and going to the other page all show the same period.
 */
@RequestScoped
public class ReportPeriods {

    @Inject
    Accounts accounts;

    @Inject
    SignedInUser user;

    /**
     * The period and filters of the address when it names any, otherwise the remembered period.
     *
     * @param toField the client id of the field "to", where a period that ends before it starts is refused
     * @return whether the period is one to show (its end is not before its start)
     */
    boolean open(ReportFilters filters, String toField) {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (ReportFilters.named(parameters)) {
            filters.takeUp(parameters);
        } else {
            filters.recall(accounts.find(user.id()).getReportPeriod().orElse(null));
        }
        filters.resolve(LocalDate.now());
        if (!filters.inOrder()) {
            PageMessages.error(toField, PageMessages.text("period.toBeforeFrom"));
            return false;
        }
        return true;
    }

    /** Keeps the period shown in the account and in the address bar (the filters only in the address). */
    void chosen(ReportFilters filters, String extraParameters) {
        accounts.rememberReportPeriod(user.id(), filters.remembered());
        String query = filters.pageQueryString() + (extraParameters == null ? "" : "&" + extraParameters);
        PrimeFaces.current().executeScript("history.replaceState(null, '', '?" + query.replace("'", "%27") + "');");
    }
}
