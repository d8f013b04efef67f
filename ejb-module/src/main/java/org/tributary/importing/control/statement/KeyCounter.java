package org.tributary.importing.control.statement;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Counts how often each key has been met, holding 20 bytes a key instead of the key: the first 128 bits of
 * its SHA-256 (the same bits the fingerprints themselves rely on) in an open-addressing table. A million
 * keys take about 40 MB, where a map of the strings took several times that. Keys are added by one thread;
 * once they all are, {@link #count} may be asked from several (each partition of an import).
 */
public final class KeyCounter {

    /** {@link #count}'s digest: a MessageDigest holds state, and the threads that count must not share one. */
    private static final ThreadLocal<MessageDigest> COUNTING = ThreadLocal.withInitial(KeyCounter::sha256);

    private final MessageDigest sha256 = sha256();
    private long[] high;
    private long[] low;
    private int[] counts; // 0: an empty slot
    private int size;

    public KeyCounter() {
        allocate(1 << 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return how many times the key was met before this one */
    public int add(String key) {
        ByteBuffer digest = digest(sha256, key);
        long h = digest.getLong();
        long l = digest.getLong();
        if ((size + 1) * 2L > counts.length) {
            grow();
        }
        int slot = find(h, l);
        if (counts[slot] == 0) {
            high[slot] = h;
            low[slot] = l;
            size++;
        }
        return counts[slot]++;
    }

    /** @return how many times the key was met, without counting this asking as a meeting */
    public int count(String key) {
        ByteBuffer digest = digest(COUNTING.get(), key);
        return counts[find(digest.getLong(), digest.getLong())];
    }

    private static ByteBuffer digest(MessageDigest sha256, String key) {
        return ByteBuffer.wrap(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    public int size() {
        return size;
    }

    private int find(long h, long l) {
        int mask = counts.length - 1;
        int slot = (int) (l ^ (l >>> 32)) & mask;
        while (counts[slot] != 0 && (high[slot] != h || low[slot] != l)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldCounts = counts;
        allocate(counts.length * 2);
        for (int i = 0; i < oldCounts.length; i++) {
            if (oldCounts[i] != 0) {
                int slot = find(oldHigh[i], oldLow[i]);
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private void allocate(int capacity) {
        high = new long[capacity];
        low = new long[capacity];
        counts = new int[capacity];
    }
}
