package org.tributary.categorising.control;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A user's own rules, merchant → category: they come before the built-in ones. */
public record UserRules(Map<String, String> categoryByMerchant) implements Serializable {

    public static final UserRules NONE = new UserRules(Map.of());

    public Optional<String> match(String merchant) {
        return Optional.ofNullable(categoryByMerchant.get(key(merchant)));
    }

    /** The one way a merchant is written as a rule's key. */
    public static String key(String merchant) {
        return merchant == null ? "" : merchant.strip().toLowerCase(Locale.ROOT);
    }
}
