package org.tributary.security.boundary;

import java.time.Duration;

/**
 * The one place the access-token cookie is shaped (RFC 6265): HttpOnly, SameSite=Strict, Path=/, Secure
 * over https. Its Max-Age equals the token's lifetime, so the browser forgets it when the token expires.
 */
public final class AccessTokenCookie {

    public static final String NAME = "access_token";

    private AccessTokenCookie() {}

    /** @return the value of a Set-Cookie header */
    public static String of(String token, Duration lifetime, boolean secure) {
        return header(token, lifetime.toSeconds(), secure);
    }

    /** @return the value of a Set-Cookie header that removes the cookie */
    public static String cleared(boolean secure) {
        return header("", 0, secure) + "; Expires=Thu, 01 Jan 1970 00:00:00 GMT";
    }

    private static String header(String value, long maxAgeSeconds, boolean secure) {
        return NAME + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }
}
