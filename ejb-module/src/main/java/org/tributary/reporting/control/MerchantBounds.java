package org.tributary.reporting.control;

/**
 * Rows whose amount in cents is below a bound of their merchant and currency, the bounds asked of ClickHouse
 * by a query of their own (selecting {@code merchant}, {@code currency} and {@code bound}, an Int64 of
 * cents) and joined to the rows there. A ledger has thousands of merchants: handed over as literals the
 * bounds made the query text grow with them, past ClickHouse's maximum query size (issue 14).
 */
final class MerchantBounds {

    private MerchantBounds() {}

    /**
     * A FROM clause: the rows of the table (its first {@code {filter}} is the rows' filter) with the columns
     * given (which must hold {@code amount}, {@code merchant} and {@code currency}: ClickHouse 18.16 reads
     * every column of a {@code SELECT *} subquery, twice the time of a month's ranking) below their
     * merchant's bound (the second {@code {filter}} is the bounds query's). Rows of a merchant without a
     * bound never pass.
     */
    static String rowsBelow(String columns, String table, String bounds) {
        if (!bounds.contains(" AS bound")) {
            throw new IllegalArgumentException("bounds select merchant, currency and bound: " + bounds);
        }
        return "(SELECT " + columns + " FROM " + table + " WHERE {filter}) ANY INNER JOIN (" + bounds
                + ") USING (merchant, currency) WHERE " + LedgerAnalytics.CENTS + " < bound";
    }

    /** The columns a ranking by amount reads. */
    static final String RANKED = "booked_date, transaction_id, amount, merchant, currency";
}
