package org.tributary.categorising.control.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.tributary.categorising.control.CategoryLayer;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.LabelledDescriptor;
import org.tributary.categorising.control.Suggestion;

/**
 * The embedding model as one categorising layer: like merchants first (the user's own history outvoting the
 * shipped examples), the categories' descriptions as the last resort. Built per user and import, as it holds
 * that user's history; the model and the vectors it has seen are shared by the whole JVM.
 */
public final class ModelLayer implements CategoryLayer {

    private final MerchantEmbeddings embeddings;
    private final SimilarMerchants similar;
    private final ZeroShotCategories zeroShot;

    public ModelLayer(MerchantEmbeddings embeddings, SimilarMerchants similar, ZeroShotCategories zeroShot) {
        this.embeddings = embeddings;
        this.similar = similar;
        this.zeroShot = zeroShot;
    }

    /**
     * The layer for one user: the shipped examples named as the import names merchants ({@code merchantName}:
     * counterparty, description → merchant) and the user's history, merchant → category.
     */
    public static ModelLayer forUser(
            Map<String, String> usersHistory, BiFunction<String, String, String> merchantName) {
        MerchantEmbeddings shared = MerchantEmbeddings.shared();
        return new ModelLayer(
                shared,
                SimilarMerchants.of(shared, LabelledDescriptor.shipped(), merchantName, usersHistory),
                new ZeroShotCategories(shared));
    }

    @Override
    public Optional<Suggestion> suggest(Descriptor descriptor) {
        return suggest(descriptor, embeddings.embed(SimilarMerchants.textOf(descriptor)));
    }

    private Optional<Suggestion> suggest(Descriptor descriptor, float[] vector) {
        return similar.suggest(descriptor, vector).or(() -> zeroShot.suggest(descriptor, vector));
    }

    /**
     * The suggestions for many descriptors, with the distinct texts among them embedded in one call (an import of
     * a million rows has some ten thousand distinct merchants). Descriptors nothing is found for are left out.
     */
    public Map<Descriptor, Suggestion> suggestAll(List<Descriptor> descriptors) {
        Map<String, float[]> vectors = new HashMap<>();
        List<String> texts = new ArrayList<>(
                descriptors.stream().map(SimilarMerchants::textOf).distinct().toList());
        List<float[]> embedded = embeddings.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            vectors.put(texts.get(i), embedded.get(i));
        }
        Map<Descriptor, Suggestion> suggestions = new LinkedHashMap<>();
        for (Descriptor descriptor : descriptors) {
            if (!suggestions.containsKey(descriptor)) {
                suggest(descriptor, vectors.get(SimilarMerchants.textOf(descriptor)))
                        .ifPresent(suggestion -> suggestions.put(descriptor, suggestion));
            }
        }
        return suggestions;
    }
}
