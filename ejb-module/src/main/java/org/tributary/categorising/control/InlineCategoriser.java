package org.tributary.categorising.control;

import java.util.Optional;
import org.tributary.categorising.control.brands.BrandIndex;
import org.tributary.categorising.control.brands.BrandLayer;

/**
 * The layers fast enough to run on every imported row, in order: the user's rules (for the merchant, then for
 * its brand), a built-in keyword in the merchant's name, a known brand, a built-in keyword in the description.
 * What none of them knows stays "Uncategorised" and goes to the categorising worker ({@code ml-categorise}),
 * which asks the model and, if configured, the language model.
 */
public final class InlineCategoriser implements CategoryLayer {

    public static final Suggestion UNCATEGORISED =
            new Suggestion(BuiltInCategories.UNCATEGORISED, CategorisedBy.NONE, 0, CategoryReason.NONE);

    private static final KeywordLayer KEYWORDS = new KeywordLayer();
    private static final BrandLayer BRANDS = new BrandLayer();

    private final UserRules rules;

    public InlineCategoriser(UserRules rules) {
        this.rules = rules;
    }

    /** The brand behind a merchant's name, if it is a known one. */
    public static Optional<String> brandOf(String merchant) {
        return BrandIndex.shared().find(merchant).map(match -> match.brand().displayName());
    }

    @Override
    public Optional<Suggestion> suggest(Descriptor descriptor) {
        return byMerchant(descriptor.merchant(), descriptor.sign()).or(() -> byDescription(descriptor));
    }

    /** What the merchant's name alone says: the rules, a keyword in it, the brand it is. */
    public Optional<Suggestion> byMerchant(String merchant, int sign) {
        if (!rules.isEmpty()) {
            Optional<Suggestion> own =
                    rules.suggest(merchant, rules.categoryByBrand().isEmpty() ? Optional.empty() : brandOf(merchant));
            if (own.isPresent()) {
                return own;
            }
        }
        Descriptor name = new Descriptor(merchant, "", sign);
        return KEYWORDS.suggest(name).or(() -> BRANDS.suggest(name));
    }

    /** What the rest of the description says, when the name said nothing: a brand in it, then a keyword. */
    public Optional<Suggestion> byDescription(Descriptor descriptor) {
        Descriptor text = new Descriptor("", descriptor.description(), descriptor.sign());
        return BRANDS.suggest(text).or(() -> KEYWORDS.suggest(text));
    }

    public Suggestion categorise(Descriptor descriptor) {
        return suggest(descriptor).orElse(UNCATEGORISED);
    }
}
