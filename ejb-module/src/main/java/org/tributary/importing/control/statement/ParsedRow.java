package org.tributary.importing.control.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One transaction as read from a file, before normalising: where it stood and what it said. A pending one
 * is kept, marked, and not counted as booked.
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
        List<String> cells) {

    public ParsedRow withoutExternalId() {
        return new ParsedRow(
                line, bookedDate, valueDate, amount, currency, description, counterparty, null, pending, cells);
    }
}
