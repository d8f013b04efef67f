package org.tributary.categorising.control.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The merchants near enough to one the user just re-categorised that the correction may be offered for them too
 * ("apply to similar"), e.g. "Coop Pronto" when the user filed "Coop". It must stay conservative: a brand's other
 * business is often a different category ("Uber Eats" is eating out, "Uber" transport; "Amazon Prime" a
 * subscription, "Amazon" shopping), and two supermarkets are similar but not the same merchant.
 */
public final class CloseMerchants {

    /**
     * Near-identical merchants, as measured in {@code CloseMerchantsTest}: above it "Coop Pronto"~"Coop" 0.79,
     * "STARBUCKS STORE 123"~"Starbucks" 0.81, "Tesco Stores"~"Tesco" 0.86; below it "Uber Eats"~"Uber" 0.76,
     * "Amazon Prime"~"Amazon" 0.72, rivals 0.2–0.6. It misses some spellings of one merchant ("LIDL SAGT DANKE"
     * 0.63): a correction not carried over costs a click, one carried over wrongly mis-files a merchant for good.
     */
    public static final double SAME_MERCHANT = 0.78;

    private final MerchantEmbeddings embeddings;

    public CloseMerchants(MerchantEmbeddings embeddings) {
        this.embeddings = embeddings;
    }

    /** The candidates at least {@code threshold} similar to the merchant, in their order, the merchant itself too. */
    public List<String> closeNeighbours(String merchant, Collection<String> candidates, double threshold) {
        List<String> all = new ArrayList<>(candidates.size() + 1);
        all.add(merchant);
        all.addAll(candidates);
        List<float[]> vectors = embeddings.embedAll(all);
        float[] self = vectors.get(0);
        List<String> close = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            if (MerchantText.prepare(all.get(i)).isEmpty()) {
                continue;
            }
            if (MerchantEmbeddings.cosine(self, vectors.get(i)) >= threshold) {
                close.add(all.get(i));
            }
        }
        return close;
    }

    /** The candidates near-identical to the merchant ({@link #SAME_MERCHANT}). */
    public List<String> closeNeighbours(String merchant, Collection<String> candidates) {
        return closeNeighbours(merchant, candidates, SAME_MERCHANT);
    }
}
