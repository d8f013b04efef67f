package org.tributary.transactions.control;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link TransactionOrder} in SQL: its ORDER BY, and the row comparison that starts a page next to a row
 * already seen. The columns are those of an index each (migration V9), so a page costs an index range scan
 * of its own rows wherever it lies in the list.
 */
final class SeekSql {

    /** One column of an order, the placeholder its value is compared with, and that value in a row. */
    private record Part(String column, String placeholder, Function<TransactionView, Object> value) {}

    private static final Part DATE = new Part("t.booked_date", "?", row -> Date.valueOf(row.date()));
    private static final Part ID = new Part("t.id", "?", TransactionView::id);

    private SeekSql() {}

    static String orderBy(TransactionOrder order, boolean backwards) {
        String direction = order.ascending() != backwards ? "" : " desc";
        return parts(order.key()).stream()
                .map(part -> part.column() + direction)
                .collect(Collectors.joining(", ", " order by ", ""));
    }

    /** @return the condition ({@code " and (…) > (…)"}) that keeps the rows past the seek's row; "" without one */
    static String past(TransactionOrder order, Seek seek, List<Object> parameters) {
        if (seek.row() == null) {
            return "";
        }
        List<Part> parts = parts(order.key());
        parts.forEach(part -> parameters.add(part.value().apply(seek.row())));
        String comparison = (order.ascending() != seek.backwards() ? ">" : "<") + (seek.inclusive() ? "=" : "");
        return parts.stream().map(Part::column).collect(Collectors.joining(", ", " and (", ") "))
                + comparison
                + parts.stream().map(Part::placeholder).collect(Collectors.joining(", ", " (", ")"));
    }

    private static List<Part> parts(TransactionOrder.Key key) {
        return switch (key) {
            case DATE -> List.of(DATE, ID);
            case AMOUNT -> List.of(new Part("t.amount", "?", row -> new BigDecimal(row.amount())), DATE, ID);
            case MERCHANT -> List.of(new Part("lower(t.merchant)", "lower(?)", TransactionView::merchant), DATE, ID);
            case CATEGORY -> List.of(new Part("t.category", "?", TransactionView::categoryId), DATE, ID);
        };
    }
}
