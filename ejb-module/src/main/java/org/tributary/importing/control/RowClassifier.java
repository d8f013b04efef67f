package org.tributary.importing.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tributary.categorising.control.BuiltInCategories;
import org.tributary.categorising.control.UserRules;

/**
 * Names the merchant of a row and finds its category: the user's rules first, then the built-in ones on the
 * merchant's name, then on the description.
 * Statements repeat the same few hundred descriptions, so each distinct one is worked out once per import
 * (the regular expressions are the costliest part of normalising).
 */
public final class RowClassifier {

    private static final int MAX_REMEMBERED = 100_000;

    public record Classified(String merchant, Optional<String> category) {}

    private final UserRules rules;
    private final Map<String, Classified> seen = new HashMap<>();
    /** Descriptions are often unique (references, dates), merchant names much less so. */
    private final Map<String, Optional<String>> byMerchantName = new HashMap<>();

    public RowClassifier(UserRules rules) {
        this.rules = rules;
    }

    public Classified classify(String counterparty, String description) {
        String key = counterparty + '\u0000' + description;
        Classified known = seen.get(key);
        if (known != null) {
            return known;
        }
        String merchant = MerchantName.of(counterparty, description);
        Optional<String> byMerchant = byMerchantName.computeIfAbsent(merchant, m -> BuiltInCategories.match(m, ""));
        Classified classified = new Classified(
                merchant,
                rules.match(merchant).or(() -> byMerchant).or(() -> BuiltInCategories.match("", description)));
        if (seen.size() >= MAX_REMEMBERED) {
            seen.clear();
            byMerchantName.clear();
        }
        seen.put(key, classified);
        return classified;
    }
}
