package org.tributary.categorising.control;

import java.util.Optional;
import org.tributary.categorising.control.brands.BrandIndex;
import org.tributary.categorising.control.brands.BrandLayer;

/**
 * The layers fast enough to run on every imported row, in order: the user's rules (for the merchant, then for
 * its brand), a built-in keyword in the merchant's name, an income keyword in the description of money coming in
 * ("Gehalt"), a known brand, a built-in keyword in the description,
 * and last a weak keyword (a generic transfer word), which anything more specific beats.
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
        if (!rules.isEmpty()) {
            Optional<Suggestion> own = rules.suggest(
                    descriptor.merchant(),
                    rules.categoryByBrand().isEmpty() ? Optional.empty() : brandOf(descriptor.merchant()));
            if (own.isPresent()) {
                return own;
            }
        }
        return KEYWORDS.strong(new Descriptor(descriptor.merchant(), "", descriptor.sign()))
                .or(() -> KEYWORDS.income(descriptor))
                .or(() -> BRANDS.suggest(descriptor))
                .or(() -> KEYWORDS.strong(new Descriptor("", descriptor.description(), descriptor.sign())))
                .or(() -> KEYWORDS.weak(descriptor));
    }

    public Suggestion categorise(Descriptor descriptor) {
        return suggest(descriptor).orElse(UNCATEGORISED);
    }
}
