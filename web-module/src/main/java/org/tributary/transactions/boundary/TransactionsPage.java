package org.tributary.transactions.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.primefaces.model.LazyDataModel;
import org.tributary.categorising.control.Categories;
import org.tributary.categorising.control.Recategorisation;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.reporting.control.AnalyticsLoader;
import org.tributary.security.boundary.SignedInUser;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;
import org.tributary.transactions.control.Ledger;
import org.tributary.transactions.control.TransactionQuery;
import org.tributary.transactions.control.TransactionView;

/**
 * The transactions list: filters (also taken from the address, so the overview links straight to the
 * transactions behind a number), a lazily paged table, and changing a transaction's category — alone or
 * for every transaction of its merchant, which also teaches a rule. Same services as
 * {@code /api/v1/transactions}.
 */
@Named
@ViewScoped
public class TransactionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Ledger ledger;

    @Inject
    transient Categories categories;

    @Inject
    transient Recategorisation recategorisation;

    @Inject
    transient AnalyticsLoader analytics;

    @Inject
    transient Sources sources;

    @Inject
    transient SignedInUser user;

    private LocalDate from;
    private LocalDate to;
    private String category;
    private String type;
    private String sourceKind;
    private String source;
    private String text;
    private LazyDataModel<TransactionView> rows;

    private TransactionView editing;
    private String newCategory;
    private boolean applyToMerchant;

    @PostConstruct
    void init() {
        UUID userId = user.id();
        rows = new LedgerRows(query -> ledger.list(userId, query), this::query);
    }

    private TransactionQuery query(int size) {
        return new TransactionQuery(
                from,
                to,
                blank(category) ? List.of() : List.of(category),
                blank(sourceKind) ? List.of() : List.of(sourceKind),
                blank(source) ? List.of() : List.of(UUID.fromString(source)),
                blank(type) ? null : type,
                blank(text) ? null : text.strip(),
                0,
                size);
    }

    public void edit(TransactionView transaction) {
        editing = transaction;
        newCategory = transaction.category();
        applyToMerchant = false;
    }

    public void saveCategory() {
        if (editing == null) {
            return;
        }
        try {
            int changed = recategorisation.recategorise(
                    user.id(), editing.id(), newCategory, applyToMerchant && editing.merchant() != null);
            analytics.loadAllStale();
            PageMessages.info(PageMessages.text("tx.changed", changed, newCategory));
            editing = null;
        } catch (InvalidInputException invalid) {
            PageMessages.error("edit-form:new-category", invalid.errors().get(0).message());
        }
    }

    public List<String> getCategoryNames() {
        return categories.of(user.id()).stream().map(Categories.Category::name).toList();
    }

    public List<Source> getSources() {
        return sources.list(user.id());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public LazyDataModel<TransactionView> getRows() {
        return rows;
    }

    public TransactionView getEditing() {
        return editing;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSourceKind() {
        return sourceKind;
    }

    public void setSourceKind(String sourceKind) {
        this.sourceKind = sourceKind;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(String newCategory) {
        this.newCategory = newCategory;
    }

    public boolean isApplyToMerchant() {
        return applyToMerchant;
    }

    public void setApplyToMerchant(boolean applyToMerchant) {
        this.applyToMerchant = applyToMerchant;
    }
}
