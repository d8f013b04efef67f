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
