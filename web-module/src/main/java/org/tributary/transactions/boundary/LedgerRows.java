package org.tributary.transactions.boundary;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tributary.transactions.control.Ledger;
import org.tributary.transactions.control.TransactionQuery;
import org.tributary.transactions.control.TransactionView;

/**
 * The transactions table's rows, one page at a time from {@link Ledger} (PostgreSQL does the filtering,
 * counting and paging, so a million rows cost one indexed page). The page's filters come as a query whose
 * page and size this model fills in.
 */
class LedgerRows extends LazyDataModel<TransactionView> {

    private static final long serialVersionUID = 1L;

    private final transient Function<TransactionQuery, Ledger.Page> ledger;
    private final transient Function<Integer, TransactionQuery> filters;
    private transient List<TransactionView> shown = List.of();

    /** @param filters the page's filters for a given page size (page 0; this model sets the page) */
    LedgerRows(Function<TransactionQuery, Ledger.Page> ledger, Function<Integer, TransactionQuery> filters) {
        this.ledger = ledger;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, ledger.apply(filters.apply(1)).total());
    }

    @Override
    public List<TransactionView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        TransactionQuery query = filters.apply(pageSize);
        Ledger.Page page = ledger.apply(new TransactionQuery(
                query.from(),
                query.to(),
                query.categories(),
                query.sourceKinds(),
                query.sources(),
                query.type(),
                query.text(),
                first / pageSize,
                pageSize));
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        shown = page.items();
        return shown;
    }

    @Override
    public String getRowKey(TransactionView row) {
        return row.id().toString();
    }

    @Override
    public TransactionView getRowData(String rowKey) {
        UUID id = UUID.fromString(rowKey);
        return shown.stream().filter(row -> row.id().equals(id)).findFirst().orElse(null);
    }
}
