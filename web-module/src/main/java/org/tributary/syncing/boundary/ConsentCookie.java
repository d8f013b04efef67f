package org.tributary.syncing.boundary;

import java.util.Optional;

/**
 * The cookie that ties a consent at the bank to the browser that asked for it: it holds the return link's state,
 * and the return is refused without it, so a link made for one person cannot connect a bank in another's browser.
 * SameSite=Lax, unlike the sign-in cookie: the bank's redirect back is a top-level navigation from another site,
 * on which a Strict cookie is not sent.
 */
final class ConsentCookie {

    static final String NAME = "tributary_connect";
    static final String PATH = "/api/v1/bank-consents";

    private ConsentCookie() {}

    /** @return the value of a Set-Cookie header */
    static String of(String state, boolean secure) {
        return NAME + "=" + state + "; Path=" + PATH + "; Max-Age=3600; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }

    static String cleared(boolean secure) {
        return NAME + "=; Path=" + PATH + "; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    /** Whether the browser's cookie holds {@code state}, compared in constant time. */
    static boolean matches(Optional<String> cookie, String state) {
        return cookie.isPresent()
                && state != null
                && java.security.MessageDigest.isEqual(
                        cookie.get().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        state.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
