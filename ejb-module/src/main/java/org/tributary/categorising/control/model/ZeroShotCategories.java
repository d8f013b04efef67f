package org.tributary.categorising.control.model;

import java.util.List;
import java.util.Optional;
import org.tributary.categorising.control.CategorisedBy;
import org.tributary.categorising.control.CategoryReason;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.Suggestion;
import org.tributary.categorising.control.Taxonomy;
import org.tributary.categorising.control.Taxonomy.Kind;

/**
 * The last resort: the category whose description ({@link Taxonomy#description()}) the merchant is most similar
 * to, when no merchant like it was ever filed. It is right about two times in three at best, so it speaks only
 * when the best category beats the runner-up by {@link #MARGIN}, and never with more than
 * {@link #MAX_CONFIDENCE}, so that any surer layer or the user overrides it.
 *
 * <p>Only spending is offered for money going out and only income for money coming in: a refund cannot be told
 * from a description, and transfers are the transfer matcher's to find, not a guess from words.
 */
public final class ZeroShotCategories {

    /**
     * Tuned on the training examples only ({@code ZeroShotCategoriesTest} prints the table): the lowest margin at
     * which at least two in three of the categories offered were right (31 of 45; with no margin, 40 of 89).
     */
    public static final double MARGIN = 0.05;

    public static final double MAX_CONFIDENCE = 0.5;

    /** Below this the best category is no closer than unrelated text is. */
    static final double FLOOR = 0.15;

    private final MerchantEmbeddings embeddings;
    private final List<Taxonomy> categories = Taxonomy.suggestible();
    private final List<float[]> descriptions;

    public ZeroShotCategories(MerchantEmbeddings embeddings) {
        this.embeddings = embeddings;
        this.descriptions = embeddings.embedAll(
                categories.stream().map(Taxonomy::description).toList());
    }

    public Optional<Suggestion> suggest(Descriptor descriptor) {
        return suggest(descriptor, embeddings.embed(SimilarMerchants.textOf(descriptor)));
    }

    Optional<Suggestion> suggest(Descriptor descriptor, float[] vector) {
        return guess(descriptor, vector)
                .filter(guess -> guess.similarity() >= FLOOR && guess.margin() >= MARGIN)
                .map(guess -> new Suggestion(
                        guess.category().storedName(),
                        CategorisedBy.MODEL,
                        Math.min(MAX_CONFIDENCE, 0.2 + guess.similarity() * 0.3 + guess.margin()),
                        CategoryReason.code(CategoryReason.DESCRIPTION, "")));
    }

    /** The closest category offered for the direction of the money, and how far ahead of the runner-up. */
    record Guess(Taxonomy category, double similarity, double margin) {}

    Optional<Guess> guess(Descriptor descriptor) {
        return guess(descriptor, embeddings.embed(SimilarMerchants.textOf(descriptor)));
    }

    private Optional<Guess> guess(Descriptor descriptor, float[] vector) {
        Taxonomy best = null;
        double first = -1;
        double second = -1;
        for (int i = 0; i < categories.size(); i++) {
            Taxonomy category = categories.get(i);
            if (!offered(category.kind(), descriptor.sign())) {
                continue;
            }
            double similarity = MerchantEmbeddings.cosine(vector, descriptions.get(i));
            if (similarity > first) {
                second = first;
                first = similarity;
                best = category;
            } else if (similarity > second) {
                second = similarity;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Guess(best, first, first - Math.max(second, 0)));
    }

    private static boolean offered(Kind kind, int sign) {
        return sign < 0
                ? kind == Kind.EXPENSE
                : sign > 0 ? kind == Kind.INCOME : kind == Kind.EXPENSE || kind == Kind.INCOME;
    }
}
