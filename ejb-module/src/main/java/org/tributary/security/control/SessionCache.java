package org.tributary.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for one second that a session was live, so a burst of requests (a page and its resources)
 * costs one primary-key lookup. A session ended on another node therefore works here for at most one more
 * second; one ended on this node stops at once. Bounded: past the limit it simply starts afresh.
 */
@ApplicationScoped
public class SessionCache {

    static final Duration TRUST_FOR = Duration.ofSeconds(1);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(UUID userId, Instant expiresAt, long checkedAtNanos) {}

    private final Map<UUID, Entry> live = new ConcurrentHashMap<>();

    Optional<Instant> liveUntil(UUID sessionId, UUID userId) {
        Entry entry = live.get(sessionId);
        if (entry == null
                || !entry.userId().equals(userId)
                || System.nanoTime() - entry.checkedAtNanos() > TRUST_FOR.toNanos()
                || !entry.expiresAt().isAfter(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(entry.expiresAt());
    }

    void remember(UUID sessionId, UUID userId, Instant expiresAt) {
        if (live.size() >= MAX_ENTRIES) {
            live.clear();
        }
        live.put(sessionId, new Entry(userId, expiresAt, System.nanoTime()));
    }

    void forget(UUID sessionId) {
        live.remove(sessionId);
    }

    void forgetUser(UUID userId, UUID keep) {
        live.entrySet()
                .removeIf(
                        e -> e.getValue().userId().equals(userId) && !e.getKey().equals(keep));
    }
}
