package org.tributary.transactions.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tributary.analytics.control.AnalyticsLoader;
import org.tributary.categorising.control.Categories;
import org.tributary.categorising.control.CategoryNames;
import org.tributary.categorising.control.CategoryReason;
import org.tributary.categorising.control.Recategorisation;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.boundary.PortalWords;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.NotFoundException;
import org.tributary.security.boundary.SignedInUser;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;
import org.tributary.transactions.control.Ledger;
import org.tributary.transactions.control.TransactionQuery;
import org.tributary.transactions.control.TransactionView;

/**
 * The transactions list: filters (also taken from the address, so the overview links straight to the
 * transactions behind a number, or to one transaction), a lazily paged table sorted by its column headers,
 * and changing a transaction's category in its row — alone or for every transaction of its merchant, which
 * also teaches a rule. Same services as {@code /api/v1/transactions}.
 */
@Named
@ViewScoped
public class TransactionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Matches no transaction: what an address with a malformed id shows. */
    private static final UUID NONE = new UUID(0, 0);

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
    private String id;
    private int first;
    private LedgerRows rows;
    private List<SelectItem> categoryNames;
    private TransactionView focused;

    @PostConstruct
    void init() {
        rows = new LedgerRows(ledger, user.id(), this::query);
    }

    private TransactionQuery query() {
        return new TransactionQuery(
                from,
                to,
                blank(category) ? List.of() : List.of(category),
                blank(sourceKind) ? List.of() : List.of(sourceKind),
                blank(source) ? List.of() : List.of(UUID.fromString(source)),
                blank(type) ? null : type,
                blank(text) ? null : text.strip(),
                focusedId(),
                0,
                0);
    }

    /** Whether the person has any transactions at all (an empty list then means the filters hide them). */
    public boolean isAnyTransactions() {
        return ledger.dateRange(user.id()).isPresent();
    }

    /** The filters changed: back to the first page. */
    public void apply() {
        first = 0;
    }

    public void save(LedgerRow row) {
        TransactionView transaction = row.getTransaction();
        try {
            int changed = recategorisation.recategorise(
                    user.id(), transaction.id(), row.getCategory(), row.isWholeMerchant());
            analytics.loadAllStale();
            String category = CategoryNames.name(row.getCategory(), PortalWords.locale());
            PageMessages.info(
                    row.isWholeMerchant()
                            ? PageMessages.text("tx.changedMerchant", changed, category, transaction.merchant())
                            : PageMessages.text("tx.changed", transaction.merchant(), category));
            categoryNames = null;
            rows.refresh();
        } catch (InvalidInputException invalid) {
            PageMessages.error(null, invalid.errors().get(0).message());
        } catch (NotFoundException gone) {
            PageMessages.error(null, PageMessages.text("tx.gone"));
            rows.refresh();
        }
    }

    /** Why the row has its category, in the page's language. */
    public String reasonOf(LedgerRow row) {
        return row.getTransaction()
                .reasonIn(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Whether a rule the person taught gave the row its category (so it can be undone from here). */
    public boolean learnt(LedgerRow row) {
        String code = row.getTransaction().categoryReasonCode();
        return code != null && code.startsWith(CategoryReason.RULE + ":");
    }

    /** Forgets the rule that categorised the row; its rows go back through the other layers. */
    public void undoRule(LedgerRow row) {
        if (!learnt(row)) {
            return;
        }
        String key = row.getTransaction().categoryReasonCode().substring(CategoryReason.RULE.length() + 1);
        int recategorised = recategorisation.undoCorrection(user.id(), key);
        analytics.loadAllStale();
        PageMessages.info(PageMessages.text("tx.ruleUndone", recategorised));
        categoryNames = null;
        rows.refresh();
    }

    /** The categories to choose from in a row: the person's list, and the row's own if it is not in it. */
    public List<SelectItem> categoriesFor(LedgerRow row) {
        List<SelectItem> choices = getCategoryNames();
        String current = row.getTransaction().categoryId();
        if (current == null || choices.stream().anyMatch(c -> current.equals(c.getValue()))) {
            return choices;
        }
        List<SelectItem> withCurrent = new ArrayList<>(choices);
        withCurrent.add(new SelectItem(
                current, row.getTransaction().in(PortalWords.locale()).category()));
        return withCurrent;
    }

    public List<SelectItem> getCategoryNames() {
        if (categoryNames == null) {
            categoryNames = PortalWords.choices(categories.of(user.id(), PortalWords.locale()));
        }
        return categoryNames;
    }

    public List<Source> getSources() {
        return sources.list(user.id());
    }

    /** The one transaction the address asked for (from the overview), or null when it asked for a list. */
    public TransactionView getFocused() {
        if (focused == null && focusedId() != null) {
            try {
                focused = ledger.find(user.id(), focusedId());
            } catch (NotFoundException e) {
                return null;
            }
        }
        return focused;
    }

    /** The focused transaction among the others of its merchant on its day. */
    public String getFocusedDayLink() {
        TransactionView shown = getFocused();
        return shown == null
                ? ""
                : "/app/transactions.xhtml?from=" + shown.date() + "&to=" + shown.date() + "&q="
                        + URLEncoder.encode(shown.merchant(), StandardCharsets.UTF_8);
    }

    public boolean isFocusing() {
        return focusedId() != null;
    }

    private UUID focusedId() {
        if (blank(id)) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException malformed) {
            return NONE;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public LedgerRows getRows() {
        return rows;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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
}
