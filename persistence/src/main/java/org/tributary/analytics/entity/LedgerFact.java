package org.tributary.analytics.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One ledger transaction as the analytics table holds it: already joined with its source and category,
 * so reports never join. {@code version} orders rewrites of the same transaction (a re-categorisation
 * writes a new row with a higher version; ClickHouse keeps the newest).
 */
public record LedgerFact(
        UUID userId,
        UUID transactionId,
        UUID sourceId,
        String sourceKind,
        String sourceName,
        LocalDate bookedDate,
        BigDecimal amount,
        String currency,
        String description,
        String merchant,
        String category,
        String type,
        long version,
        boolean deleted) {

    public LedgerFact {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(bookedDate, "bookedDate");
        Objects.requireNonNull(amount, "amount");
        if (currency == null || currency.length() != 3) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
    }
}
