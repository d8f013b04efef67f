package org.tributary.categorising.control.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tributary.categorising.control.CategoryReason;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.MerchantName;
import org.tributary.categorising.control.Suggestion;

class ModelLayerTest {

    private final ModelLayer layer = new ModelLayer(
            Examples.EMBEDDINGS,
            SimilarMerchants.of(
                    Examples.EMBEDDINGS, Examples.training(), MerchantName::of, Map.of("Starbucks", "eating-out")),
            new ZeroShotCategories(Examples.EMBEDDINGS));

    @Test
    void likeMerchantsFirstTheDescriptionsLast() {
        assertThat(layer.suggest(new Descriptor("STARBUCKS STORE 123", "", -1)))
                .map(Suggestion::reason)
                .contains(CategoryReason.code(CategoryReason.SIMILAR, "Starbucks"));
        assertThat(layer.suggest(new Descriptor("Hotel Ibis", "", -1)))
                .map(Suggestion::category)
                .contains("travel");
        assertThat(layer.suggest(new Descriptor("", "", -1))).isEmpty();
    }

    @Test
    void suggestsForABatchAsForOneAtATime() {
        List<Descriptor> descriptors = List.of(
                new Descriptor("STARBUCKS STORE 123", "", -1),
                new Descriptor("STARBUCKS STORE 123", "", -1),
                new Descriptor("Hotel Ibis", "", -1),
                new Descriptor("", "", -1),
                new Descriptor("Unknown", "PHARMACIE DU CENTRE", -1));
        Map<Descriptor, Suggestion> all = layer.suggestAll(descriptors);
        for (Descriptor descriptor : descriptors) {
            assertThat(layer.suggest(descriptor)).isEqualTo(java.util.Optional.ofNullable(all.get(descriptor)));
        }
    }

    @Test
    void printsWhatAThousandDistinctMerchantsCost() {
        MerchantEmbeddings fresh = new MerchantEmbeddings(MerchantEmbeddings.DEFAULT_CACHED);
        ModelLayer cold = new ModelLayer(
                fresh,
                SimilarMerchants.of(fresh, Examples.training(), MerchantName::of, Map.of()),
                new ZeroShotCategories(fresh));
        List<Descriptor> descriptors = new ArrayList<>();
        String[] kinds = {"market", "cafe", "pharmacy", "hotel", "garage", "bakery", "boutique", "station"};
        for (int i = 0; i < 1_000; i++) {
            descriptors.add(new Descriptor(
                    kinds[i % kinds.length] + " " + MerchantEmbeddingsTest.words(i), "", i % 10 == 0 ? 1 : -1));
        }
        long start = System.nanoTime();
        Map<Descriptor, Suggestion> suggestions = cold.suggestAll(descriptors);
        long cold1000 = System.nanoTime() - start;
        start = System.nanoTime();
        cold.suggestAll(descriptors);
        long warm1000 = System.nanoTime() - start;
        System.out.printf(
                "suggestAll, 1,000 distinct merchants: %d ms embedding them, %d ms once cached; %d suggested%n",
                cold1000 / 1_000_000, warm1000 / 1_000_000, suggestions.size());
        assertThat(suggestions.size()).isLessThanOrEqualTo(1_000);
    }
}
