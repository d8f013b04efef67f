package org.tributary.platform.control;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids made one after another
 * sort together, so a bulk load appends to the primary-key index instead of writing all over it. Ten lines
 * of the RFC's layout; no library needed. The random bits make ids unique, not secret (every query is scoped
 * to its user), so a per-thread generator serves, without the lock of a shared SecureRandom.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {}

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (ThreadLocalRandom.current().nextInt() & 0x0FFF);
        long low = (ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
