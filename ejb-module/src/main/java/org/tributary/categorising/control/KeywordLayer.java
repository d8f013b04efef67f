package org.tributary.categorising.control;

import java.util.Optional;

/**
 * The built-in keywords as a layer: a whole word of the merchant's name, else of the description, names the
 * category, and the reason names the word ("The word “Miete”"), so that a user sees why and can overrule it.
 */
public final class KeywordLayer implements CategoryLayer {

    static final double CONFIDENCE = 0.9;

    @Override
    public Optional<Suggestion> suggest(Descriptor descriptor) {
        return BuiltInCategories.match(descriptor.merchant(), descriptor.sign())
                .or(() -> BuiltInCategories.match(descriptor.description(), descriptor.sign()))
                .map(match -> new Suggestion(
                        match.category().storedName(),
                        CategorisedBy.RULE,
                        CONFIDENCE,
                        CategoryReason.code(CategoryReason.KEYWORD, match.word())));
    }
}
