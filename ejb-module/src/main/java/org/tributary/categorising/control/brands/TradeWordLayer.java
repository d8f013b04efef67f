package org.tributary.categorising.control.brands;

import java.util.Optional;
import org.tributary.categorising.control.CategorisedBy;
import org.tributary.categorising.control.CategoryLayer;
import org.tributary.categorising.control.CategoryReason;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.Suggestion;

/**
 * The category of the kind of place a descriptor names by its trade ({@link TradeWords}): "BACKEREI MUELLER" is a
 * bakery, "PIEKARNIA U ZOSI" too, "Кафе Ромашка" a café, "Tandarts de Vries" a dentist. The merchant's name is
 * tried first, the description after it; only then a word of a compounding language at the head or tail of a longer
 * word ("STADTBAECKEREI", "Blomsterhandel"), in the merchant's name and then in the description. Money coming in is left alone (a trade word there is a refund or an
 * insurer's reimbursement more often than a sale), and so is a description that says it is pay or a transfer.
 */
public final class TradeWordLayer implements CategoryLayer {

    /** Less than a hand-written keyword (0.9): the presets' words are written for map search, not for banks. */
    static final double CONFIDENCE = 0.8;
    /** Less again for a word found only as the head or tail of a longer one ("Stadtbäckerei", "Blomsterhandel"). */
    static final double COMPOUND_CONFIDENCE = 0.7;

    private final TradeWords words;
    private final boolean compounds;

    public TradeWordLayer() {
        this(TradeWords.shared(), true);
    }

    /** With or without the words inside compounds: the latter for measuring what they add. */
    TradeWordLayer(TradeWords words, boolean compounds) {
        this.words = words;
        this.compounds = compounds;
    }

    @Override
    public Optional<Suggestion> suggest(Descriptor descriptor) {
        if (descriptor.sign() > 0 || TradeWords.notAPurchase(descriptor.description())) {
            return Optional.empty();
        }
        return words.find(descriptor.merchant())
                .or(() -> words.find(descriptor.description()))
                .or(() -> compounds ? words.findInCompounds(descriptor.merchant()) : Optional.empty())
                .or(() -> compounds ? words.findInCompounds(descriptor.description()) : Optional.empty())
                .map(found -> new Suggestion(
                        found.word().category().storedName(),
                        CategorisedBy.RULE,
                        found.inCompound() ? COMPOUND_CONFIDENCE : CONFIDENCE,
                        CategoryReason.code(CategoryReason.KEYWORD, found.word().word())));
    }
}
