package org.tributary.categorising.control.model;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merchant text as unit vectors of the sentence-embedding model all-MiniLM-L6-v2 (quantised, 384 dimensions), so
 * that the cosine of two merchants is the dot product of their vectors.
 *
 * <p>The model is loaded once per JVM, on first use (about a second, ~225 MB of native ONNX Runtime memory), by the
 * class-holder idiom: the JVM's class initialisation makes it lazy and thread-safe without a lock on every call.
 * It runs in the caller's thread: the server's threads are the container's to manage, and ONNX Runtime already
 * spreads one embedding over the cores. The weights ship inside the jar; nothing is downloaded.
 *
 * <p>Vectors are cached by the prepared text ({@link MerchantText}), so each distinct merchant is embedded once;
 * the cache keeps the most recently used {@link #DEFAULT_CACHED} (about 1.7 KB each, ~35 MB when full).
 * Callers must not change the arrays they are given.
 */
public final class MerchantEmbeddings {

    public static final int DIMENSIONS = 384;
    public static final int DEFAULT_CACHED = 20_000;

    private static final MerchantEmbeddings SHARED = new MerchantEmbeddings(DEFAULT_CACHED);

    /** Initialised by the JVM on first access to {@link #MODEL}, exactly once, whichever thread comes first. */
    private static final class Holder {
        private static final long START = System.nanoTime();
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        static final long LOAD_MILLIS = (System.nanoTime() - START) / 1_000_000;
    }

    private final BoundedCache cache;

    /** A cache of its own, for tests and tools; the server uses {@link #shared()}. */
    public MerchantEmbeddings(int maxCached) {
        this.cache = new BoundedCache(maxCached);
    }

    /** The one instance per JVM, with the one cache. */
    public static MerchantEmbeddings shared() {
        return SHARED;
    }

    /** The vector of the prepared text; the zero vector (similar to nothing) when no letters are left. */
    public float[] embed(String text) {
        return embedAll(List.of(text == null ? "" : text)).get(0);
    }

    /** The vectors of the texts, in their order; the texts not in the cache are embedded in one call. */
    public List<float[]> embedAll(List<String> texts) {
        List<String> prepared = new ArrayList<>(texts.size());
        Map<String, float[]> known = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String text : texts) {
            String key = MerchantText.prepare(text);
            prepared.add(key);
            if (key.isEmpty() || known.containsKey(key) || missing.contains(key)) {
                continue;
            }
            float[] cached = cache.get(key);
            if (cached != null) {
                known.put(key, cached);
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            List<String> batch = new ArrayList<>(missing);
            List<Embedding> embedded = Holder.MODEL
                    .embedAll(batch.stream().map(TextSegment::from).toList())
                    .content();
            for (int i = 0; i < batch.size(); i++) {
                float[] vector = unit(embedded.get(i).vector());
                cache.put(batch.get(i), vector);
                known.put(batch.get(i), vector);
            }
        }
        List<float[]> vectors = new ArrayList<>(prepared.size());
        for (String key : prepared) {
            vectors.add(key.isEmpty() ? new float[DIMENSIONS] : known.get(key));
        }
        return vectors;
    }

    /** How long loading the model took (loading it first if no one has). */
    public static long loadMillis() {
        return Holder.LOAD_MILLIS;
    }

    /** How many vectors are cached now. */
    public int cached() {
        return cache.size();
    }

    public int maxCached() {
        return cache.capacity();
    }

    /** The cosine of two unit vectors (0 when either is the zero vector). */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            return vector;
        }
        float[] unit = new float[vector.length];
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
