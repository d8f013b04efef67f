package org.tributary.transactions.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tributary.accounts.control.Accounts;
import org.tributary.categorising.control.Categories;
import org.tributary.importing.control.CashEntries;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.boundary.PortalFormat;
import org.tributary.platform.boundary.PortalWords;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.boundary.SignedInUser;
import org.tributary.transactions.control.TransactionView;

/**
 * The short form for cash: date (today unless changed), money out or in, amount, currency (the account's
 * own unless changed), what it was for and, if the person wants, a category. {@link CashEntries} checks and
 * records it, as for {@code POST /api/v1/transactions/cash}.
 */
@Named
@ViewScoped
public class CashEntryPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String AMOUNT_FIELD = "cash-form:amount";

    @Inject
    transient CashEntries cash;

    @Inject
    transient Accounts accounts;

    @Inject
    transient Categories categories;

    @Inject
    transient SignedInUser user;

    @Inject
    transient PortalFormat format;

    private LocalDate date;
    private boolean moneyIn;
    private BigDecimal amount;
    private String currency;
    private String description;
    private String category;
    private TransactionView recorded;

    @PostConstruct
    void init() {
        clear();
    }

    public void record() {
        BigDecimal signed = signedAmount();
        String baseCurrency = accounts.find(user.id()).getBaseCurrency();
        try {
            recorded = cash.record(
                    user.id(),
                    new CashEntries.CashEntry(date.toString(), signed.toPlainString(), currency, description, category),
                    baseCurrency);
            clear();
            PageMessages.info(PageMessages.text("cash.recorded"));
        } catch (InvalidInputException invalid) {
            PageMessages.errors(
                    invalid,
                    "cash.error",
                    Map.of(
                            "date", "cash-form:date",
                            "amount", AMOUNT_FIELD,
                            "currency", "cash-form:currency",
                            "description", "cash-form:description"));
        }
    }

    private BigDecimal signedAmount() {
        return moneyIn ? amount.abs() : amount.abs().negate();
    }

    /**
     * What saving would record, in the page's language ("-€12.50 will be recorded."); empty until an amount is
     * read, and while what was typed last cannot be (the amount kept would be an earlier one).
     */
    public String getPreview() {
        UIComponent field = FacesContext.getCurrentInstance().getViewRoot().findComponent(AMOUNT_FIELD);
        if (amount == null || amount.signum() == 0 || field instanceof UIInput input && !input.isValid()) {
            return "";
        }
        return PageMessages.text("cash.preview", format.money(signedAmount(), currency));
    }

    private void clear() {
        date = LocalDate.now();
        moneyIn = false;
        amount = null;
        currency = accounts.find(user.id()).getBaseCurrency();
        description = null;
        category = null;
    }

    public List<SelectItem> getCategoryNames() {
        return PortalWords.choices(categories.of(user.id(), PortalWords.locale()));
    }

    public TransactionView getRecorded() {
        return recorded;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public boolean isMoneyIn() {
        return moneyIn;
    }

    public void setMoneyIn(boolean moneyIn) {
        this.moneyIn = moneyIn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
