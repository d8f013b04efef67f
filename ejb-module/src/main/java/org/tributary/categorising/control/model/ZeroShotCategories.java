package org.tributary.categorising.control.model;

import java.util.ArrayList;
import java.util.Arrays;
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
 * to, when no merchant like it was ever filed. A description is a comma-separated list of short phrases in our
 * users' languages ("supermarket, Supermarkt, supermarché, …, продукты"); each phrase is embedded on its own and a
 * category is as similar as its closest phrase, which suits MiniLM (trained on English sentence pairs) far better
 * than one long list of words. It speaks only when the best category beats the runner-up by {@link #MARGIN}, with a
 * confidence that grows with the margin ({@link #confidence}).
 *
 * <p>Only spending is offered for money going out and only income for money coming in: a refund cannot be told
 * from a description, and transfers are the transfer matcher's to find, not a guess from words. A bill is offered
 * only what people pay as bills ({@link Bills}).
 *
 * <p>Tuned on the training part of the labelled set only, leave-one-merchant-out ({@code ModelLayerTuningTest}):
 * with the phrases, 165 of the 240 rows offered were right at a margin of 0.03 (69%), 151 of 200 at 0.05; with
 * the former one-line English descriptions, 90 of 174 and 71 of 123.
 */
public final class ZeroShotCategories {

    /**
     * The lowest margin at which at least two in three of the categories offered were right (165 of 240; at 0.02,
     * 170 of 266). Below it a guess is right about one time in five.
     */
    public static final double MARGIN = 0.03;

    public static final double MAX_CONFIDENCE = 0.9;

    /** Below this the best category is no closer than unrelated text is. */
    static final double FLOOR = 0.15;

    private final MerchantEmbeddings embeddings;
    private final List<Taxonomy> categories = Taxonomy.suggestible();
    /** Per category, the vectors of the phrases of its description. */
    private final List<List<float[]>> phrases;

    public ZeroShotCategories(MerchantEmbeddings embeddings) {
        this.embeddings = embeddings;
        List<List<String>> texts =
                categories.stream().map(ZeroShotCategories::phrases).toList();
        List<float[]> vectors =
                embeddings.embedAll(texts.stream().flatMap(List::stream).toList());
        List<List<float[]>> byCategory = new ArrayList<>();
        int next = 0;
        for (List<String> category : texts) {
            byCategory.add(List.copyOf(vectors.subList(next, next + category.size())));
            next += category.size();
        }
        this.phrases = List.copyOf(byCategory);
    }

    /** The comma-separated phrases of a category's description, each embedded on its own. */
    static List<String> phrases(Taxonomy category) {
        return Arrays.stream(category.description().split(","))
                .map(String::strip)
                .filter(phrase -> !phrase.isEmpty())
                .toList();
    }

    /** How similar the text is to the category: to the closest of its phrases. */
    private double similarity(float[] vector, int category) {
        double best = -1;
        for (float[] phrase : phrases.get(category)) {
            best = Math.max(best, MerchantEmbeddings.cosine(vector, phrase));
        }
        return best;
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
                        confidence(guess.margin()),
                        CategoryReason.code(CategoryReason.DESCRIPTION, "")));
    }

    /**
     * How often a guess this far ahead was right, leave-one-merchant-out on the training part: margin 0.03–0.05
     * 14 of 40, 0.05–0.08 19 of 39, 0.08–0.12 27 of 47, 0.12–0.15 26 of 31, from 0.15 on 79 of 83; so
     * 0.15 + 5 × margin, at most {@link #MAX_CONFIDENCE}. A guess at 0.6 or more is not sent to the language model.
     */
    static double confidence(double margin) {
        return Math.min(MAX_CONFIDENCE, 0.15 + 5 * margin);
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
        boolean bill = Bills.isBill(descriptor);
        for (int i = 0; i < categories.size(); i++) {
            Taxonomy category = categories.get(i);
            if (!offered(category.kind(), descriptor.sign()) || (bill && !Bills.BILLED.contains(category))) {
                continue;
            }
            double similarity = similarity(vector, i);
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
