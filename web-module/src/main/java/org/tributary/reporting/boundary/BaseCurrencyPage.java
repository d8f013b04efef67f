package org.tributary.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tributary.accounts.control.Accounts;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.reporting.control.ReferenceRates;
import org.tributary.security.boundary.SignedInUser;

/**
 * The currency the overview, the reports and their files add everything up in (the account's base
 * currency, as {@code PATCH /api/v1/me} sets it): the euro or any currency the ECB publishes rates for.
 */
@Named
@ViewScoped
public class BaseCurrencyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient ReferenceRates referenceRates;

    @Inject
    transient SignedInUser user;

    private String currency;
    private List<String> currencies;

    @PostConstruct
    void init() {
        currency = accounts.find(user.id()).getBaseCurrency();
        TreeSet<String> known = new TreeSet<>(referenceRates.currencies());
        known.add("EUR");
        known.add(currency);
        currencies = new ArrayList<>(known);
    }

    public void save() {
        try {
            currency = accounts.updatePreferences(user.id(), currency, null).getBaseCurrency();
            PageMessages.info(PageMessages.text("baseCurrency.saved", currency));
        } catch (InvalidInputException invalid) {
            PageMessages.errors(invalid, "baseCurrency.error", Map.of("baseCurrency", "currency-form:currency"));
        }
    }

    public List<String> getCurrencies() {
        return currencies;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
