package org.tributary.transactions.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** A ledger transaction as the API shows it. */
public record TransactionView(
        UUID id,
        LocalDate date,
        String amount,
        String currency,
        String description,
        String merchant,
        String category,
        String type,
        boolean pending,
        UUID sourceId,
        String sourceKind,
        String sourceName)
        implements Serializable {}
