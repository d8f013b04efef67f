package org.tributary.categorising.control;

import java.util.List;
import java.util.Optional;

/**
 * The layers fast enough to run on every imported row: the user's rules, the built-in keywords and the
 * brands. What none of them knows stays "Uncategorised" and goes to the categorising worker
 * ({@code ml-categorise}), which asks the model and, if configured, the language model.
 */
public final class InlineCategoriser {

    public static final Suggestion UNCATEGORISED = new Suggestion(
            BuiltInCategories.UNCATEGORISED, CategorisedBy.NONE, 0, CategoryReason.NONE);

    private final UserRules rules;
    private final List<CategoryLayer> layers;

    public InlineCategoriser(UserRules rules) {
        this.rules = rules;
        this.layers = List.of(d -> BuiltInCategories.match(d.merchant(), "")
                .or(() -> BuiltInCategories.match("", d.description()))
                .map(c -> new Suggestion(c, CategorisedBy.RULE, 0.9, CategoryReason.KEYWORD)));
    }

    public Suggestion categorise(Descriptor descriptor) {
        Optional<Suggestion> own = rules.isEmpty() ? Optional.empty() : rules.suggest(descriptor.merchant(), Optional.empty());
        if (own.isPresent()) {
            return own.get();
        }
        for (CategoryLayer layer : layers) {
            Optional<Suggestion> suggestion = layer.suggest(descriptor);
            if (suggestion.isPresent()) {
                return suggestion.get();
            }
        }
        return UNCATEGORISED;
    }
}
