package org.tributary.transactions.control;

/**
 * The order of the transaction list. Every order ends in the booked date and the id, so no two rows tie: the
 * same rows always come in the same order, and a page can start right after any row.
 */
public record TransactionOrder(Key key, boolean ascending) {

    public enum Key {
        DATE,
        AMOUNT,
        MERCHANT,
        CATEGORY
    }

    public static final TransactionOrder NEWEST_FIRST = new TransactionOrder(Key.DATE, false);
}
