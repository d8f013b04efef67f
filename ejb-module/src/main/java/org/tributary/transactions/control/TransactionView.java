package org.tributary.transactions.control;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.tributary.categorising.control.CategoryReason;

/**
 * A ledger transaction as the API shows it, with which layer chose its category and why (the reason's code is
 * put into words for whoever reads it: {@link #reasonIn(Locale)}).
 */
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
        String sourceName,
        String categorisedBy,
        String categoryReason,
        @JsonbTransient String categoryReasonCode)
        implements Serializable {

    /** The reason, stored as a code, in plain English words as the API serves it. */
    public TransactionView(
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
            String sourceName,
            String categorisedBy,
            String categoryReasonCode) {
        this(
                id,
                date,
                amount,
                currency,
                description,
                merchant,
                category,
                type,
                pending,
                sourceId,
                sourceKind,
                sourceName,
                categorisedBy,
                CategoryReason.words(categoryReasonCode, categorisedBy, Locale.ENGLISH),
                categoryReasonCode);
    }

    public String reasonIn(Locale locale) {
        return CategoryReason.words(categoryReasonCode, categorisedBy, locale);
    }
}
