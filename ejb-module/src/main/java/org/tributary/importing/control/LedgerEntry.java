package org.tributary.importing.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One transaction in the canonical shape, ready for the ledger. */
public record LedgerEntry(
        UUID id,
        UUID userId,
        UUID sourceId,
        UUID importId,
        LocalDate bookedDate,
        LocalDate valueDate,
        BigDecimal amount,
        String currency,
        String description,
        String merchant,
        String counterparty,
        String externalId,
        boolean pending,
        String type,
        String category,
        String categorisedBy,
        Double confidence,
        String categoryReason,
        Fingerprint fingerprint,
        int line,
        String rawPayload) {}
