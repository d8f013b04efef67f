package org.tributary.categorising.control.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The real model. Figures are printed, not asserted: the machine that runs the tests is shared. */
class MerchantEmbeddingsTest {

    @Test
    void loadsOnceAndEmbedsUnitVectors() {
        float[] first = Examples.EMBEDDINGS.embed("model warm-up");
        System.out.printf("model load: %d ms%n", MerchantEmbeddings.loadMillis());
        assertThat(first).hasSize(MerchantEmbeddings.DIMENSIONS);
        assertThat(MerchantEmbeddings.cosine(first, first)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));

        MerchantEmbeddings uncached = new MerchantEmbeddings(0);
        int n = 200;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            uncached.embed("merchant number " + words(i));
        }
        System.out.printf("one by one: %.2f ms per embedding%n", (System.nanoTime() - start) / 1e6 / n);
        start = System.nanoTime();
        List<float[]> batch = uncached.embedAll(
                IntStream.range(0, 24).mapToObj(i -> "shop " + words(i + 1000)).toList());
        System.out.printf("batch of 24: %.1f ms%n", (System.nanoTime() - start) / 1e6);
        assertThat(batch).hasSize(24);
    }

    @Test
    void similarMerchantsAreCloserThanUnrelatedOnes() {
        float[] starbucks = Examples.EMBEDDINGS.embed("Starbucks");
        assertThat(MerchantEmbeddings.cosine(starbucks, Examples.EMBEDDINGS.embed("STARBUCKS STORE 123")))
                .isGreaterThan(MerchantEmbeddings.cosine(starbucks, Examples.EMBEDDINGS.embed("Vodafone")));
    }

    @Test
    void emptyGarbageAndHugeInputGiveAVectorWithoutError() {
        assertThat(Examples.EMBEDDINGS.embed("")).containsOnly(0f);
        assertThat(Examples.EMBEDDINGS.embed(null)).containsOnly(0f);
        assertThat(Examples.EMBEDDINGS.embed("#### 1234 ////")).containsOnly(0f);
        assertThat(Examples.EMBEDDINGS.embed("\u0000\u0007 zzqx \uD83D\uDE00 qqq"))
                .hasSize(MerchantEmbeddings.DIMENSIONS);
        long start = System.nanoTime();
        assertThat(Examples.EMBEDDINGS.embed("lorem ipsum ".repeat(1_000))).hasSize(MerchantEmbeddings.DIMENSIONS);
        System.out.printf("12,000-character text: %.1f ms%n", (System.nanoTime() - start) / 1e6);
    }

    @Test
    void theCacheEmbedsEachPreparedTextOnceAndStaysWithinItsBound() {
        MerchantEmbeddings embeddings = new MerchantEmbeddings(50);
        float[] once = embeddings.embed("COOP 1234");
        assertThat(embeddings.embed("coop, #5678")).isSameAs(once);
        assertThat(embeddings.embedAll(List.of("Coop", "COOP", "Migros"))).hasSize(3);
        assertThat(embeddings.cached()).isEqualTo(2);

        List<String> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add("merchant " + words(i));
        }
        embeddings.embedAll(many);
        assertThat(embeddings.cached()).isEqualTo(50);
    }

    @Test
    void whatAFullCacheCosts() {
        MerchantEmbeddings embeddings = new MerchantEmbeddings(MerchantEmbeddings.DEFAULT_CACHED);
        BoundedCache cache = new BoundedCache(MerchantEmbeddings.DEFAULT_CACHED);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        for (int i = 0; i < MerchantEmbeddings.DEFAULT_CACHED + 1_000; i++) {
            cache.put(MerchantText.prepare("merchant " + words(i) + " gmbh zweigniederlassung"), new float[384]);
        }
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(
                "full cache (%d entries, ~40-character keys): ~%.1f MB heap, %.0f bytes per entry%n",
                cache.size(), (after - before) / 1e6, (after - before) / (double) cache.size());
        assertThat(cache.size()).isEqualTo(MerchantEmbeddings.DEFAULT_CACHED);
        assertThat(embeddings.maxCached()).isEqualTo(MerchantEmbeddings.DEFAULT_CACHED);
    }

    /** A number as letters, since digits are dropped from the text. */
    static String words(int number) {
        StringBuilder letters = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            letters.append(' ')
                    .append(List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
                            .get(c - '0'));
        }
        return letters.toString().strip();
    }
}
