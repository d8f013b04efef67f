package org.tributary.transactions.control;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.tributary.categorising.control.CategoryNames;
import org.tributary.categorising.control.CategoryReason;
import org.tributary.sources.control.SourceNames;

/**
 * A ledger transaction as the API shows it, with which layer chose its category and why (the reason's code is
 * put into words for whoever reads it: {@link #reasonIn(Locale)}). {@code category} is the category's name in
 * the reader's language (English unless {@link #in(Locale)} says otherwise), {@code categoryId} what the ledger
 * stores: a built-in's key or the name a person typed (decision 26).
 */
public record TransactionView(
        UUID id,
        LocalDate date,
        String amount,
        String currency,
        String description,
        String merchant,
        String category,
        String categoryId,
        String type,
        boolean pending,
        UUID sourceId,
        String sourceKind,
        String sourceName,
        String categorisedBy,
        String categoryReason,
        @JsonbTransient String categoryReasonCode)
        implements Serializable {

    /** The row as stored: category, source name and reason in plain English words, as the API serves them. */
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
                CategoryNames.name(category, Locale.ENGLISH),
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

    /** The same transaction with its words (category, the name of a source Tributary made, reason) in this language. */
    public TransactionView in(Locale locale) {
        return new TransactionView(
                id,
                date,
                amount,
                currency,
                description,
                merchant,
                CategoryNames.name(categoryId, locale),
                categoryId,
                type,
                pending,
                sourceId,
                sourceKind,
                SourceNames.name(sourceKind, sourceName, locale),
                categorisedBy,
                reasonIn(locale),
                categoryReasonCode);
    }

    public String reasonIn(Locale locale) {
        return CategoryReason.words(categoryReasonCode, categorisedBy, locale);
    }
}
