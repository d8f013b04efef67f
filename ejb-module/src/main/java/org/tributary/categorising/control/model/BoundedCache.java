package org.tributary.categorising.control.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vectors of the most recently used texts, at most a fixed number of them, so that a merchant seen on every
 * line of an import is embedded once and the cache cannot grow with the number of merchants a server ever sees.
 * Embedding costs milliseconds; one lock around a map costs nanoseconds, so a plain synchronised LRU is enough.
 */
final class BoundedCache {

    private final int capacity;
    private final Map<String, float[]> entries;

    BoundedCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > BoundedCache.this.capacity;
            }
        };
    }

    synchronized float[] get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, float[] vector) {
        if (capacity > 0) {
            entries.put(key, vector);
        }
    }

    synchronized int size() {
        return entries.size();
    }

    int capacity() {
        return capacity;
    }
}
