package org.tributary.importing.control.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One transaction as read from a file, before normalising: where it stood and what it said. A pending one
 * is kept, marked, and not counted as booked. {@code fingerprintCounterparty} is the counterparty as the
 * reader gave it when the row's fingerprint was first defined (the CSV reader now names the other party per
 * row from payer and payee columns, but a row imported before must keep its fingerprint, or a re-import
 * would duplicate it); it is the counterparty itself for every other reader.
 */
public record ParsedRow(
        int line,
        LocalDate bookedDate,
        LocalDate valueDate,
        BigDecimal amount,
        String currency,
        String description,
        String counterparty,
        String externalId,
        boolean pending,
        List<String> cells,
        String fingerprintCounterparty) {

    /** Digits before the decimal mark the ledger's {@code numeric(20, 6)} holds. */
    private static final int MAX_WHOLE_DIGITS = 14;

    /** More decimals than any money has; past this, rounding the amount could itself take long. */
    private static final int MAX_DECIMALS = 18;

    /**
     * Every reader's rows pass here, so a row with a currency that is no ISO 4217 code or an amount the ledger
     * cannot hold is refused as the row's error (the readers record an IllegalArgumentException with its line).
     */
    public ParsedRow {
        currency = CurrencyCode.valid(currency);
        if (amount != null && !holdable(amount)) {
            throw UnreadableRowException.amountOutOfRange(amount);
        }
    }

    /** In this order, so that no step costs more than the number's own length: precision counts digits. */
    private static boolean holdable(BigDecimal amount) {
        return amount.scale() <= MAX_DECIMALS
                && amount.unscaledValue().bitLength() <= 128
                && (long) amount.precision() - amount.scale() <= MAX_WHOLE_DIGITS;
    }

    public ParsedRow(
            int line,
            LocalDate bookedDate,
            LocalDate valueDate,
            BigDecimal amount,
            String currency,
            String description,
            String counterparty,
            String externalId,
            boolean pending,
            List<String> cells) {
        this(
                line,
                bookedDate,
                valueDate,
                amount,
                currency,
                description,
                counterparty,
                externalId,
                pending,
                cells,
                counterparty);
    }

    /** The same row with its amount the other way round: a card issuer's export read from the holder's side. */
    public ParsedRow withAmountNegated() {
        return new ParsedRow(
                line,
                bookedDate,
                valueDate,
                amount.negate(),
                currency,
                description,
                counterparty,
                externalId,
                pending,
                cells,
                fingerprintCounterparty);
    }

    public ParsedRow withoutExternalId() {
        return new ParsedRow(
                line,
                bookedDate,
                valueDate,
                amount,
                currency,
                description,
                counterparty,
                null,
                pending,
                cells,
                fingerprintCounterparty);
    }
}
