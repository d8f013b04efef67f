package org.tributary.importing.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.util.Map;
import java.util.UUID;
import org.tributary.categorising.control.CategorisedBy;
import org.tributary.categorising.control.Suggestion;
import org.tributary.categorising.control.UserRules;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.platform.control.TimeOrderedIds;

/**
 * Turns a row as read into a ledger entry: the merchant, the type from the direction of the money, the
 * category from the rules, and the fingerprint that makes a second import of the same row a duplicate.
 */
public final class Normaliser {

    /** Built once: looking up the JSON-P provider costs more than building a small array. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /**
     * Characters of a description kept (decision 38): banks write a few hundred at most; a longer one is cut,
     * not refused, so that the money of the row is not lost to its text.
     */
    public static final int MAX_DESCRIPTION = 1_000;

    private Normaliser() {}

    /** The text cut to {@link #MAX_DESCRIPTION} characters, never between the two halves of a surrogate pair. */
    static String capped(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_DESCRIPTION - 1)) ? MAX_DESCRIPTION - 1 : MAX_DESCRIPTION;
        return text.substring(0, end).strip();
    }

    public static LedgerEntry normalise(ImportContext context, ParsedRow row, int occurrence) {
        return normalise(context, new RowClassifier(context.rules()), row, occurrence);
    }

    /** @param classifier the import's own, so that each distinct description is classified once */
    public static LedgerEntry normalise(
            ImportContext context, RowClassifier classifier, ParsedRow asRead, int occurrence) {
        // The fingerprint is the file's row as the bank wrote it, whichever way its signs are read (decision 34).
        ParsedRow row = context.flipSigns() ? asRead.withAmountNegated() : asRead;
        String description = capped(row.description().isBlank() ? row.counterparty() : row.description());
        RowClassifier.Classified classified = classifier.classify(
                row.counterparty(), description, row.amount().signum());
        String merchant = classified.merchant();
        Suggestion category = classified.category();
        String type = row.amount().signum() < 0 ? "EXPENSE" : "INCOME";
        Fingerprint fingerprint = row.externalId() != null && !row.externalId().isBlank()
                ? Fingerprint.ofExternalId(context.sourceId(), row.externalId())
                : Fingerprint.ofContent(
                        context.sourceId(),
                        row.bookedDate(),
                        asRead.amount(),
                        (row.description().isBlank() ? row.fingerprintCounterparty() : row.description()) + " "
                                + row.fingerprintCounterparty(),
                        occurrence);
        JsonArrayBuilder raw = JSON.createArrayBuilder();
        row.cells().forEach(raw::add);
        return new LedgerEntry(
                TimeOrderedIds.next(),
                context.userId(),
                context.sourceId(),
                context.importId(),
                row.bookedDate(),
                row.valueDate(),
                row.amount(),
                row.currency(),
                description,
                merchant,
                row.counterparty().isBlank() ? null : row.counterparty(),
                row.externalId(),
                row.pending(),
                type,
                category.category(),
                category.by().name(),
                category.by() == CategorisedBy.NONE ? null : category.confidence(),
                category.reason(),
                fingerprint,
                row.line(),
                raw.build().toString());
    }

    /**
     * Who and where an import belongs to, and whether its amounts are read upside down (a card issuer's export
     * turned round to the holder's side; decision 34).
     */
    public record ImportContext(
            UUID userId, UUID sourceId, UUID importId, String baseCurrency, UserRules rules, boolean flipSigns) {

        public ImportContext(UUID userId, UUID sourceId, UUID importId, String baseCurrency, UserRules rules) {
            this(userId, sourceId, importId, baseCurrency, rules, false);
        }
    }
}
