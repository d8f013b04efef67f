package org.tributary.security.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The browser's device cookie (decision 40): an opaque random value set at a successful sign-in, kept for a
 * year, so that the sign-in throttle knows the owner's own browser. Only its SHA-256 is stored (with the
 * sessions), so the table does not hold a usable cookie.
 */
public final class DeviceCookie {

    public static final String NAME = "device";
    static final Duration KEPT = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceCookie() {}

    /** @return the stored form (SHA-256, hex) of the cookie this request carries, if it carries a well-formed one */
    public static Optional<String> key(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
                return Optional.of(sha256(cookie.getValue()));
            }
        }
        return Optional.empty();
    }

    /** @return a new cookie's value */
    static String newValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @return the value of a Set-Cookie header */
    static String header(String value, boolean secure) {
        return NAME + "=" + value + "; Path=/; Max-Age=" + KEPT.toSeconds() + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
