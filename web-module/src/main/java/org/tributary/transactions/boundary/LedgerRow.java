package org.tributary.transactions.boundary;

import java.io.Serializable;
import org.tributary.transactions.control.TransactionView;

/** A row of the transactions table: the transaction, and the category being chosen for it in its row. */
public final class LedgerRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TransactionView transaction;
    private String category;
    private boolean wholeMerchant;

    LedgerRow(TransactionView transaction) {
        this.transaction = transaction;
        this.category = transaction.categoryId();
    }

    public TransactionView getTransaction() {
        return transaction;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    /** Whether the choice is for every transaction of the merchant (and the rule that keeps it so). */
    public boolean isWholeMerchant() {
        return wholeMerchant;
    }

    public void setWholeMerchant(boolean wholeMerchant) {
        this.wholeMerchant = wholeMerchant;
    }
}
