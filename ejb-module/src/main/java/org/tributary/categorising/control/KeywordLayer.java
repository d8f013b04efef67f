package org.tributary.categorising.control;

import java.util.Optional;

/**
 * The built-in keywords as a layer: a whole word of the merchant's name, else of the description, names the
 * category, and the reason names the word ("The word “Miete”"), so that a user sees why and can overrule it.
 * A specific word anywhere beats a weak one (a generic transfer word such as "Überweisung"): "Überweisung
 * Kursbeitrag" is education.
 */
public final class KeywordLayer implements CategoryLayer {

    static final double CONFIDENCE = 0.9;
    /** Less for a keyword found only at the end of a longer word. */
    static final double TAIL_CONFIDENCE = 0.7;

    @Override
    public Optional<Suggestion> suggest(Descriptor descriptor) {
        return strong(descriptor).or(() -> weak(descriptor));
    }

    /** A specific keyword in the merchant, else in the description. */
    Optional<Suggestion> strong(Descriptor descriptor) {
        return match(descriptor.merchant(), descriptor.sign(), false)
                .or(() -> match(descriptor.description(), descriptor.sign(), false));
    }

    /**
     * A keyword for income in the description of money coming in ("Gehalt", "Salaris", "Kinderbijslag"): what
     * the payment is for says more than who sent it, whatever brand the sender's name resembles.
     */
    Optional<Suggestion> income(Descriptor descriptor) {
        if (descriptor.sign() <= 0) {
            return Optional.empty();
        }
        return match(descriptor.description(), descriptor.sign(), false)
                .filter(suggestion -> Taxonomy.byStoredName(suggestion.category())
                        .map(category -> category.kind() == Taxonomy.Kind.INCOME)
                        .orElse(false));
    }

    /**
     * A keyword for a cash withdrawal in the description ("Prelievo bancomat", "Выдача наличных"): money taken
     * from a machine is cash whoever runs the machine, a bank or a shop whose name is a brand ("LNK SAINSBURYS").
     */
    Optional<Suggestion> cash(Descriptor descriptor) {
        if (descriptor.sign() > 0) {
            return Optional.empty();
        }
        return BuiltInCategories.matchOf(Taxonomy.CASH, descriptor.description())
                .map(match -> new Suggestion(
                        match.category().storedName(),
                        CategorisedBy.RULE,
                        CONFIDENCE,
                        CategoryReason.code(CategoryReason.KEYWORD, match.word())));
    }

    /**
     * A keyword at the end of a longer word of the merchant, else of the description ("Länsförsäkringar",
     * "Hausratversicherung"): compounds, where no whole word says more.
     */
    Optional<Suggestion> asTail(Descriptor descriptor) {
        return tail(descriptor.merchant(), descriptor.sign())
                .or(() -> tail(descriptor.description(), descriptor.sign()));
    }

    private static Optional<Suggestion> tail(String text, int sign) {
        return BuiltInCategories.matchAsTail(text, sign)
                .map(match -> new Suggestion(
                        match.category().storedName(),
                        CategorisedBy.RULE,
                        TAIL_CONFIDENCE,
                        CategoryReason.code(CategoryReason.KEYWORD, match.word())));
    }

    /** A weak keyword in the merchant, else in the description: what is left when nothing specific is known. */
    Optional<Suggestion> weak(Descriptor descriptor) {
        return match(descriptor.merchant(), descriptor.sign(), true)
                .or(() -> match(descriptor.description(), descriptor.sign(), true));
    }

    private static Optional<Suggestion> match(String text, int sign, boolean weak) {
        return BuiltInCategories.match(text, sign)
                .filter(match -> match.weak() == weak)
                .map(match -> new Suggestion(
                        match.category().storedName(),
                        CategorisedBy.RULE,
                        CONFIDENCE,
                        CategoryReason.code(CategoryReason.KEYWORD, match.word())));
    }
}
