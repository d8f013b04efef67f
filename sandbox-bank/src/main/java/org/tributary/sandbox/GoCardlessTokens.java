package org.tributary.sandbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GoCardless's tokens: the secret buys an access token (a day) and a refresh token (thirty days); the refresh token
 * buys new access tokens. The "expired-token" switch makes every access token issued so far invalid at once.
 */
final class GoCardlessTokens {

    static final Duration ACCESS = Duration.ofSeconds(86_400);
    static final Duration REFRESH = Duration.ofSeconds(2_592_000);

    record Pair(String access, String refresh) {}

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> access = new ConcurrentHashMap<>();
    private final Map<String, Instant> refresh = new ConcurrentHashMap<>();

    Pair issue(Instant now) {
        String accessToken = token();
        String refreshToken = token();
        access.put(accessToken, now.plus(ACCESS));
        refresh.put(refreshToken, now.plus(REFRESH));
        return new Pair(accessToken, refreshToken);
    }

    /** A new access token for a refresh token that is known and not expired; null otherwise. */
    String refresh(String refreshToken, Instant now) {
        if (!live(refresh, refreshToken, now)) {
            return null;
        }
        String accessToken = token();
        access.put(accessToken, now.plus(ACCESS));
        return accessToken;
    }

    boolean valid(String accessToken, Instant now) {
        return live(access, accessToken, now);
    }

    /** Every access token issued so far stops working; refresh tokens still work. */
    void expireAccessTokens() {
        access.clear();
    }

    private static boolean live(Map<String, Instant> tokens, String token, Instant now) {
        if (token == null) {
            return false;
        }
        Instant until = tokens.get(token);
        return until != null && now.isBefore(until);
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
