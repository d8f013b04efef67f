package org.tributary.categorising.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tributary.categorising.control.brands.BrandIndex;
import org.tributary.categorising.control.brands.BrandLayer;
import org.tributary.categorising.control.brands.TradeWordLayer;

/**
 * The layers fast enough to run on every imported row, in order: the user's rules (for the merchant, then for
 * its brand), a built-in keyword in the merchant's name, an income keyword in the description of money coming
 * in ("Gehalt"), a cash-withdrawal keyword in the description ("Prelievo bancomat": money from a machine is cash
 * whoever runs it), a known brand, a built-in keyword in the description, a trade word ("Bäckerei", "tandarts",
 * "пекарня": decision 24), a keyword at the end of a compound ("Hausratversicherung": decision 32), and last a
 * weak keyword (a generic transfer word), which anything more specific beats. What none of them knows stays
 * "Uncategorised" and goes to the categorising worker ({@code ml-categorise}), which asks the model and, if
 * configured, the language model.
 *
 * <p>One instance serves one import (or one run of the worker) in one thread: what a merchant's name says is
 * worked out once, as statements repeat a few hundred merchants under ever different descriptions.
 */
public final class InlineCategoriser implements CategoryLayer {

    public static final Suggestion UNCATEGORISED =
            new Suggestion(BuiltInCategories.UNCATEGORISED, CategorisedBy.NONE, 0, CategoryReason.NONE);

    private static final KeywordLayer KEYWORDS = new KeywordLayer();
    private static final BrandLayer BRANDS = new BrandLayer();
    private static final TradeWordLayer TRADE_WORDS = new TradeWordLayer();
    private static final int MAX_REMEMBERED = 100_000;

    private final UserRules rules;
    private final boolean tradeWords;
    private final Map<String, Optional<Suggestion>> byRule = new HashMap<>();
    private final Map<String, Optional<Suggestion>> byName = new HashMap<>();
    private final Map<String, Optional<Suggestion>> byBrandName = new HashMap<>();

    public InlineCategoriser(UserRules rules) {
        this(rules, true);
    }

    /** Without the trade words: what the layers knew before them, for measuring what they add. */
    public InlineCategoriser(UserRules rules, boolean tradeWords) {
        this.rules = rules;
        this.tradeWords = tradeWords;
    }

    /** The brand behind a merchant's name, if it is a known one. */
    public static Optional<String> brandOf(String merchant) {
        return BrandIndex.shared().find(merchant).map(match -> match.brand().displayName());
    }

    @Override
    public Optional<Suggestion> suggest(Descriptor descriptor) {
        String merchant = descriptor.merchant();
        int sign = descriptor.sign();
        if (byName.size() >= MAX_REMEMBERED || byRule.size() >= MAX_REMEMBERED) {
            byRule.clear();
            byName.clear();
            byBrandName.clear();
        }
        String key = merchant + '\u0000' + sign;
        return byRule.computeIfAbsent(key, k -> rule(merchant))
                .or(() -> byName.computeIfAbsent(key, k -> KEYWORDS.strong(new Descriptor(merchant, "", sign))))
                .or(() -> KEYWORDS.income(descriptor))
                .or(() -> KEYWORDS.cash(descriptor))
                .or(() -> byBrandName.computeIfAbsent(key, k -> BRANDS.suggest(new Descriptor(merchant, "", sign))))
                .or(() -> BRANDS.suggest(new Descriptor("", descriptor.description(), sign)))
                .or(() -> KEYWORDS.strong(new Descriptor("", descriptor.description(), sign)))
                .or(() -> tradeWords ? TRADE_WORDS.suggest(descriptor) : Optional.empty())
                .or(() -> KEYWORDS.asTail(descriptor))
                .or(() -> KEYWORDS.weak(descriptor));
    }

    public Suggestion categorise(Descriptor descriptor) {
        return suggest(descriptor).orElse(UNCATEGORISED);
    }

    private Optional<Suggestion> rule(String merchant) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        return rules.suggest(merchant, rules.categoryByBrand().isEmpty() ? Optional.empty() : brandOf(merchant));
    }
}
