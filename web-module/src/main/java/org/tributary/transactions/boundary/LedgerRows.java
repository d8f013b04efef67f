package org.tributary.transactions.boundary;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tributary.transactions.control.Ledger;
import org.tributary.transactions.control.TransactionOrder;
import org.tributary.transactions.control.TransactionQuery;
import org.tributary.transactions.control.TransactionView;

/**
 * The transactions table's rows, one page per view from {@link Ledger}, sorted in PostgreSQL (decision 20).
 * The paginator asks by position; a page is read next to the page shown before ({@link PagePlan}), so the
 * next page costs the same at row 25 as at row 900,000. Counting stops at {@value #COUNT_LIMIT} rows past
 * what is known: the count is exact for most lists, and for a longer one the table says "more than" and
 * counts on as the person pages towards the end of what is known. So a page view costs one page query and
 * at most one count.
 */
public class LedgerRows extends LazyDataModel<LedgerRow> {

    private static final long serialVersionUID = 1L;

    static final int COUNT_LIMIT = 10_000;
    /** How many pages ahead the paginator links to (its default, as in the page). */
    private static final int PAGE_LINKS = 10;

    private final transient Ledger ledger;
    private final UUID userId;
    private final transient Supplier<TransactionQuery> filters;

    private TransactionQuery counted;
    private boolean recount;
    private long known;
    private boolean more;

    private TransactionQuery shownFilters;
    private TransactionOrder shownOrder;
    private int shownFirst;
    private List<LedgerRow> shown = List.of();

    LedgerRows(Ledger ledger, UUID userId, Supplier<TransactionQuery> filters) {
        this.ledger = ledger;
        this.userId = userId;
        this.filters = filters;
    }

    /** The rows changed (a category): show the same page again, and count again. */
    void refresh() {
        recount = true;
        setWrappedData(null);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        TransactionQuery query = filters.get();
        if (!query.equals(counted)) {
            Ledger.Count count = ledger.count(userId, query, TransactionOrder.NEWEST_FIRST, null, COUNT_LIMIT);
            counted = query;
            recount = false;
            known = count.rows();
            more = count.more();
        }
        return rowCount();
    }

    @Override
    public List<LedgerRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        TransactionQuery query = filters.get();
        TransactionOrder order = order(sortBy);
        boolean sameList = query.equals(shownFilters) && order.equals(shownOrder);
        PagePlan plan =
                PagePlan.of(first, pageSize, shownFirst, sameList ? views() : List.of(), more || recount ? -1 : known);
        List<TransactionView> page = ledger.page(userId, query, order, plan.seek(), plan.size());
        if (page.size() < pageSize) {
            known = (long) first + page.size();
            more = false;
        } else if (recount || (more && (long) first + (long) pageSize * PAGE_LINKS >= known)) {
            Ledger.Count after = ledger.count(userId, query, order, page.get(page.size() - 1), COUNT_LIMIT);
            known = (long) first + page.size() + after.rows();
            more = after.more();
        }
        recount = false;
        shownFilters = query;
        shownOrder = order;
        shownFirst = first;
        shown = page.stream().map(LedgerRow::new).toList();
        setRowCount(rowCount());
        return shown;
    }

    private List<TransactionView> views() {
        return shown.stream().map(LedgerRow::getTransaction).toList();
    }

    private int rowCount() {
        return (int) Math.min(Integer.MAX_VALUE, known + (more ? 1 : 0));
    }

    /** The first row of the page shown, counting from 1. */
    public long getFirstShown() {
        return shown.isEmpty() ? 0 : shownFirst + 1L;
    }

    public long getLastShown() {
        return shownFirst + (long) shown.size();
    }

    /** How many rows are known to match: all of them, unless {@link #isMore()}. */
    public long getKnown() {
        return known;
    }

    /** Whether more rows than {@link #getKnown()} match (not counted yet). */
    public boolean isMore() {
        return more;
    }

    static TransactionOrder order(Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return TransactionOrder.NEWEST_FIRST;
        }
        return sortBy.values().stream()
                .filter(sort -> !sort.getOrder().isUnsorted() && sort.getField() != null)
                .findFirst()
                .map(sort -> new TransactionOrder(
                        key(sort.getField()), sort.getOrder().isAscending()))
                .orElse(TransactionOrder.NEWEST_FIRST);
    }

    private static TransactionOrder.Key key(String field) {
        return switch (field) {
            case "amount" -> TransactionOrder.Key.AMOUNT;
            case "merchant" -> TransactionOrder.Key.MERCHANT;
            case "category" -> TransactionOrder.Key.CATEGORY;
            default -> TransactionOrder.Key.DATE;
        };
    }

    @Override
    public String getRowKey(LedgerRow row) {
        return row.getTransaction().id().toString();
    }

    @Override
    public LedgerRow getRowData(String rowKey) {
        return shown.stream()
                .filter(row -> getRowKey(row).equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
