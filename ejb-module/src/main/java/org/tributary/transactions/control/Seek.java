package org.tributary.transactions.control;

/**
 * Where a page of the ledger starts: next to a row already shown (after it, from it on, or, reading
 * backwards, before it), or at either end of the list. {@code skip} rows are passed over first: the distance
 * to a page that is not next to a row already seen.
 */
public record Seek(TransactionView row, boolean backwards, boolean inclusive, long skip) {

    public Seek {
        if (skip < 0) {
            throw new IllegalArgumentException("skip " + skip);
        }
    }

    public static Seek fromStart(long skip) {
        return new Seek(null, false, false, skip);
    }

    public static Seek fromEnd(long skip) {
        return new Seek(null, true, false, skip);
    }

    public static Seek after(TransactionView row, long skip) {
        return new Seek(row, false, false, skip);
    }

    public static Seek before(TransactionView row, long skip) {
        return new Seek(row, true, false, skip);
    }

    /** The row itself and those after it: the same page again, after something changed. */
    public static Seek at(TransactionView row) {
        return new Seek(row, false, true, 0);
    }
}
