package org.tributary.sandbox;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Calls a day per key (an account, a consent's account), as a provider's daily limit counts them. */
final class DailyQuota {

    private final Map<String, Integer> used = new HashMap<>();
    private LocalDate day;

    /** Counts a call of {@code key} on {@code today} if fewer than {@code limit} were counted; whether it was. */
    synchronized boolean spend(String key, LocalDate today, int limit) {
        if (!today.equals(day)) {
            used.clear();
            day = today;
        }
        int spent = used.getOrDefault(key, 0);
        if (spent >= limit) {
            return false;
        }
        used.put(key, spent + 1);
        return true;
    }

    /** What is left of {@code key}'s limit today. */
    synchronized int remaining(String key, LocalDate today, int limit) {
        return today.equals(day) ? Math.max(0, limit - used.getOrDefault(key, 0)) : limit;
    }
}
