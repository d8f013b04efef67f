package org.tributary.categorising.control;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Categories for common merchants and transaction kinds, found by whole keywords in the merchant and the
 * description ({@link Keywords}). User rules come first; what stays unmatched is "Uncategorised" and goes to
 * the ML queue.
 */
public final class BuiltInCategories {

    public static final String UNCATEGORISED = "uncategorised";

    /**
     * A keyword found: the category, the word as listed, which the reason shows the user, and whether the
     * word is weak evidence (a generic transfer word), which any other layer's answer beats.
     */
    public record Match(Taxonomy category, String word, boolean weak) {}

    /**
     * Interest is earned or paid: the same word is income when money comes in and a cost when it goes out.
     */
    private static final Set<String> INTEREST = Set.of(
            "interest",
            "zinsen",
            "habenzinsen",
            "rente",
            "ranta",
            "проценты",
            "odsetki",
            "interets",
            "intereses",
            "interessi");

    private static final Keywords KEYWORDS = Keywords.load();

    private BuiltInCategories() {}

    /** Every built-in category in {@link Taxonomy} order, "Uncategorised" last. */
    public static List<String> names() {
        return java.util.Arrays.stream(Taxonomy.values())
                .map(Taxonomy::storedName)
                .toList();
    }

    /** The category of the first text a keyword is found in, merchant before description; direction unknown. */
    public static Optional<String> match(String merchant, String description) {
        return match(merchant, 0)
                .or(() -> match(description, 0))
                .map(m -> m.category().storedName());
    }

    /**
     * The category a keyword in this text gives, with the word.
     *
     * @param sign the direction of the money (-1 out, 1 in, 0 unknown): money going out is never income, and
     *     interest coming in is income, and so is money coming in from a tax office (a refund or a benefit)
     */
    public static Optional<Match> match(String text, int sign) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return KEYWORDS.find(text, keyword -> sign >= 0 || keyword.category().kind() != Taxonomy.Kind.INCOME)
                .map(keyword -> new Match(byDirection(keyword, sign), keyword.word(), keyword.weak()));
    }

    /** A strong keyword of this one category in the text, whatever other keywords it holds. */
    public static Optional<Match> matchOf(Taxonomy category, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return KEYWORDS.find(text, keyword -> keyword.category() == category && !keyword.weak())
                .map(keyword -> new Match(keyword.category(), keyword.word(), false));
    }

    /** As {@link #match(String, int)}, for a strong keyword at the end of a longer word ("Hausratversicherung"). */
    public static Optional<Match> matchAsTail(String text, int sign) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return KEYWORDS.findAsTail(
                        text, keyword -> sign >= 0 || keyword.category().kind() != Taxonomy.Kind.INCOME)
                .map(keyword -> new Match(byDirection(keyword, sign), keyword.word(), keyword.weak()));
    }

    private static Taxonomy byDirection(Keywords.Keyword keyword, int sign) {
        boolean incoming = sign > 0 && (INTEREST.contains(keyword.folded()) || keyword.category() == Taxonomy.TAXES);
        return incoming ? Taxonomy.OTHER_INCOME : keyword.category();
    }
}
