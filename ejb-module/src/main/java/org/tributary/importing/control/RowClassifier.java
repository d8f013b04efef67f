package org.tributary.importing.control;

import java.util.HashMap;
import java.util.Map;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.InlineCategoriser;
import org.tributary.categorising.control.MerchantName;
import org.tributary.categorising.control.Suggestion;
import org.tributary.categorising.control.UserRules;

/**
 * Names the merchant of a row and finds its category with the fast layers ({@link InlineCategoriser}).
 * Statements repeat the same few hundred descriptions, so each distinct one is worked out once per import
 * (the regular expressions are the costliest part of normalising).
 */
public final class RowClassifier {

    private static final int MAX_REMEMBERED = 100_000;

    public record Classified(String merchant, Suggestion category) {}

    private final InlineCategoriser categoriser;
    private final Map<String, Classified> seen = new HashMap<>();

    public RowClassifier(UserRules rules) {
        this.categoriser = new InlineCategoriser(rules);
    }

    /** @param sign the direction of the money: -1 out, 1 in */
    public Classified classify(String counterparty, String description, int sign) {
        String key = counterparty + '\u0000' + description + '\u0000' + Integer.signum(sign);
        Classified known = seen.get(key);
        if (known != null) {
            return known;
        }
        String merchant = MerchantName.of(counterparty, description);
        Classified classified =
                new Classified(merchant, categoriser.categorise(new Descriptor(merchant, description, sign)));
        if (seen.size() >= MAX_REMEMBERED) {
            seen.clear();
        }
        seen.put(key, classified);
        return classified;
    }
}
