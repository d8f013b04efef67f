package org.tributary.categorising.control.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.tributary.categorising.control.CategorisedBy;
import org.tributary.categorising.control.CategoryReason;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.LabelledDescriptor;
import org.tributary.categorising.control.Suggestion;
import org.tributary.categorising.control.Taxonomy.Kind;

/**
 * Files a merchant like the merchants most like it that were filed before: the user's own (their categorised
 * history) and the examples shipped with the product. The {@value #NEIGHBOURS} nearest by cosine vote, each with
 * its similarity, the user's own {@value #USER_WEIGHT} times as much, since a user files their way, not the
 * product's. Nothing is suggested unless the winning category has a neighbour at least {@link #THRESHOLD} similar.
 *
 * <p>The threshold was tuned on the shipped examples only, leave-one-merchant-out ({@code ModelLayerTuningTest}),
 * and on the development part. With the first 365 examples a neighbour that was another merchant was a poor
 * guide, so only near-identical merchants ({@link CloseMerchants#SAME_MERCHANT}) voted. With 503 (decision 32,
 * second part) another merchant of the same kind is a better guide than the category descriptions down to about
 * 0.55: of the 63 training rows no keyword or brand answers, 18 right against 14 at 0.78; over all 503 rows, 232
 * against 221; the development part 90.5% against 89.0%. It is the lowest threshold better than 0.78 on all three
 * views. Embedding the description's words with the merchant did no better. A merchant coming in (a refund) is
 * filed under a spending category only when a neighbour there is {@link #REFUND} similar. A bill is filed only
 * among the categories people pay as bills, with no threshold ({@link #BILL_THRESHOLD}, decision 60).
 *
 * <p>Searching is a scan over one flat array: a few thousand examples × 384 floats take well under a millisecond,
 * less than embedding the query, so no index is worth its complexity.
 */
public final class SimilarMerchants {

    public static final double THRESHOLD = 0.55;
    public static final double REFUND = 0.88;

    /**
     * A bill's neighbours vote whatever their similarity: among the few categories a bill may have ({@link Bills}),
     * the nearest merchants filed there are a better guess than none (development part: 91.5% at 0 and at 0.35,
     * 91.2% at 0.45, 90.5% at {@link #THRESHOLD}; the simplest of the best taken).
     */
    static final double BILL_THRESHOLD = 0;

    static final int NEIGHBOURS = 5;
    static final double USER_WEIGHT = 3;

    private final MerchantEmbeddings embeddings;
    private final List<Example> examples;
    private final float[] vectors;

    private record Example(String merchant, String category, Kind kind, boolean users) {}

    private record Neighbour(Example example, double similarity) {}

    private SimilarMerchants(MerchantEmbeddings embeddings, List<Example> examples, List<float[]> vectors) {
        this.embeddings = embeddings;
        this.examples = List.copyOf(examples);
        this.vectors = new float[examples.size() * MerchantEmbeddings.DIMENSIONS];
        for (int i = 0; i < vectors.size(); i++) {
            System.arraycopy(vectors.get(i), 0, this.vectors, i * MerchantEmbeddings.DIMENSIONS, vectors.get(i).length);
        }
    }

    /**
     * From the shipped examples, each named by {@code merchantName} (counterparty, description → merchant, as the
     * import names merchants), and the user's history, merchant → category (a user's merchant filed under two
     * categories is given as the one they chose last).
     */
    public static SimilarMerchants of(
            MerchantEmbeddings embeddings,
            List<LabelledDescriptor> shipped,
            BiFunction<String, String, String> merchantName,
            Map<String, String> usersHistory) {
        // One example per distinct prepared text: the user's own replace a shipped one with the same text.
        Map<String, Example> byText = new LinkedHashMap<>();
        for (LabelledDescriptor labelled : shipped) {
            String merchant = merchantName.apply(labelled.counterparty(), labelled.description());
            Example example =
                    new Example(merchant, labelled.category(), MoneyDirection.kindOf(labelled.category()), false);
            byText.putIfAbsent(MerchantText.prepare(merchant), example);
        }
        usersHistory.forEach((merchant, category) -> byText.put(
                MerchantText.prepare(merchant),
                new Example(merchant, category, MoneyDirection.kindOf(category), true)));
        byText.remove("");
        List<String> texts = new ArrayList<>(byText.keySet());
        return new SimilarMerchants(embeddings, new ArrayList<>(byText.values()), embeddings.embedAll(texts));
    }

    /** The shipped examples named by their counterparty, or description when there is none. */
    public static SimilarMerchants of(
            MerchantEmbeddings embeddings, List<LabelledDescriptor> shipped, Map<String, String> usersHistory) {
        return of(
                embeddings,
                shipped,
                (counterparty, description) -> counterparty.isBlank() ? description : counterparty,
                usersHistory);
    }

    public int size() {
        return examples.size();
    }

    public Optional<Suggestion> suggest(Descriptor descriptor) {
        return suggest(descriptor, embeddings.embed(textOf(descriptor)));
    }

    /** What is embedded of a descriptor: its merchant, or its description when the import found no merchant. */
    static String textOf(Descriptor descriptor) {
        String merchant = descriptor.merchant();
        return merchant.isBlank() || "Unknown".equals(merchant) ? descriptor.description() : merchant;
    }

    /** With the descriptor's vector already embedded ({@link ModelLayer#suggestAll} embeds a batch at once). */
    Optional<Suggestion> suggest(Descriptor descriptor, float[] vector) {
        boolean bill = Bills.isBill(descriptor);
        return vote(descriptor.sign(), bill, vector, bill ? BILL_THRESHOLD : THRESHOLD)
                .map(vote -> new Suggestion(
                        vote.category(),
                        CategorisedBy.MODEL,
                        vote.similarity() * vote.share(),
                        CategoryReason.code(
                                vote.users() ? CategoryReason.SIMILAR : CategoryReason.EXAMPLE, vote.merchant())));
    }

    /**
     * The category the nearest neighbours vote for, whatever their similarity: the closest neighbour filed there,
     * its similarity, and the winner's share of the votes.
     */
    record Vote(String category, String merchant, boolean users, double similarity, double share) {}

    Optional<Vote> vote(Descriptor descriptor) {
        return vote(descriptor.sign(), Bills.isBill(descriptor), embeddings.embed(textOf(descriptor)), 0);
    }

    /** Only the neighbours at least {@code least} similar vote, so that strangers do not water down the share. */
    private Optional<Vote> vote(int sign, boolean bill, float[] vector, double least) {
        Map<String, Double> votes = new HashMap<>();
        Map<String, Neighbour> closest = new HashMap<>();
        double total = 0;
        for (Neighbour neighbour : nearest(vector, sign, bill)) {
            if (neighbour.similarity() < least) {
                continue;
            }
            double weight = neighbour.similarity() * (neighbour.example().users() ? USER_WEIGHT : 1);
            String category = neighbour.example().category();
            votes.merge(category, weight, Double::sum);
            closest.putIfAbsent(category, neighbour);
            total += weight;
        }
        double all = total;
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(winner -> {
            Example best = closest.get(winner.getKey()).example();
            return new Vote(
                    best.category(),
                    best.merchant(),
                    best.users(),
                    closest.get(winner.getKey()).similarity(),
                    winner.getValue() / all);
        });
    }

    /**
     * The nearest examples whose category the direction of the money allows, and a bill's kind of payment (the
     * user's own examples are taken as they filed them), most similar first.
     */
    private List<Neighbour> nearest(float[] vector, int sign, boolean bill) {
        List<Neighbour> nearest = new ArrayList<>(NEIGHBOURS + 1);
        Comparator<Neighbour> bySimilarity = Comparator.comparingDouble(Neighbour::similarity);
        int dimensions = MerchantEmbeddings.DIMENSIONS;
        for (int i = 0; i < examples.size(); i++) {
            double similarity = 0;
            for (int d = 0, offset = i * dimensions; d < dimensions; d++) {
                similarity += vector[d] * vectors[offset + d];
            }
            Example example = examples.get(i);
            boolean allowed = MoneyDirection.allows(example.kind(), sign)
                    || (MoneyDirection.mayBeRefund(example.kind(), sign) && similarity >= REFUND);
            allowed &= !bill || example.users() || Bills.mayBe(example.category());
            if (!allowed || similarity <= 0) {
                continue;
            }
            if (nearest.size() < NEIGHBOURS
                    || similarity > nearest.get(nearest.size() - 1).similarity()) {
                nearest.add(new Neighbour(example, similarity));
                nearest.sort(bySimilarity.reversed());
                if (nearest.size() > NEIGHBOURS) {
                    nearest.remove(NEIGHBOURS);
                }
            }
        }
        return nearest;
    }
}
