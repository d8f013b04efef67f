package org.tributary.categorising.control;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A user's own rules, learnt from corrections: merchant → category, and brand → category for every spelling
 * of a known brand. They come before every other layer.
 */
public record UserRules(Map<String, String> categoryByMerchant, Map<String, String> categoryByBrand)
        implements Serializable {

    public static final UserRules NONE = new UserRules(Map.of(), Map.of());

    public Optional<Suggestion> suggest(String merchant, Optional<String> brand) {
        String merchantKey = key(merchant);
        String byMerchant = categoryByMerchant.get(merchantKey);
        if (byMerchant != null) {
            return Optional.of(new Suggestion(
                    byMerchant, CategorisedBy.RULE, 1.0, CategoryReason.code(CategoryReason.RULE, merchantKey)));
        }
        if (brand.isPresent() && !categoryByBrand.isEmpty()) {
            String brandKey = key(brand.get());
            String byBrand = categoryByBrand.get(brandKey);
            if (byBrand != null) {
                return Optional.of(new Suggestion(
                        byBrand, CategorisedBy.RULE, 1.0, CategoryReason.code(CategoryReason.RULE, brandKey)));
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return categoryByMerchant.isEmpty() && categoryByBrand.isEmpty();
    }

    /** The one way a merchant or a brand is written as a rule's key. */
    public static String key(String merchant) {
        return merchant == null ? "" : merchant.strip().toLowerCase(Locale.ROOT);
    }
}
