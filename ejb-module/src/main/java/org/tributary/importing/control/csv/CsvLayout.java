package org.tributary.importing.control.csv;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the detector found: the dialect, where the header is, and which column plays which role (−1: none).
 * This is also what the preview shows and what a user's confirmed mapping overrides. Where a bank gives both a
 * payer and a payee column, the counterparty is chosen per row: the payee when money goes out, the payer when
 * it comes in — the other one is the account holder.
 */
public record CsvLayout(
        String encoding,
        char delimiter,
        int headerLine,
        List<String> columns,
        int date,
        int valueDate,
        int amount,
        int debit,
        int credit,
        int direction,
        int description,
        int counterparty,
        int currency,
        int status,
        int externalId,
        AmountFormat amountFormat,
        DateFormat dateFormat,
        boolean invertSign,
        int payer,
        int payee) {

    /** The layout with one counterparty column for every row, as before payer and payee columns were told apart. */
    public CsvLayout(
            String encoding,
            char delimiter,
            int headerLine,
            List<String> columns,
            int date,
            int valueDate,
            int amount,
            int debit,
            int credit,
            int direction,
            int description,
            int counterparty,
            int currency,
            int status,
            int externalId,
            AmountFormat amountFormat,
            DateFormat dateFormat,
            boolean invertSign) {
        this(
                encoding,
                delimiter,
                headerLine,
                columns,
                date,
                valueDate,
                amount,
                debit,
                credit,
                direction,
                description,
                counterparty,
                currency,
                status,
                externalId,
                amountFormat,
                dateFormat,
                invertSign,
                -1,
                -1);
    }

    /** The column naming the other party of a row that moves this amount. */
    int counterpartyFor(BigDecimal amount) {
        if (payer < 0 || payee < 0) {
            return counterparty;
        }
        return amount.signum() < 0 ? payee : payer;
    }
}
