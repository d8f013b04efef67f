package org.tributary.syncing.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;

/**
 * Where the bank sends the person back: this server's {@code /api/v1/bank-consents/return/<state>}, at the address the
 * person reached it by, or at {@code TRIBUTARY_PUBLIC_URL} behind a proxy that rewrites it.
 */
public final class ConsentReturnLink {

    private ConsentReturnLink() {}

    public static URI of(HttpServletRequest request, Optional<String> publicUrl) {
        String base = publicUrl
                .filter(url -> !url.isBlank())
                .map(url -> url.strip().replaceFirst("/+$", ""))
                .orElseGet(() -> request.getScheme() + "://" + request.getServerName()
                        + (isDefaultPort(request) ? "" : ":" + request.getServerPort())
                        + request.getContextPath());
        return URI.create(base + ConsentCookie.PATH + "/return");
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        return ("https".equals(request.getScheme()) && request.getServerPort() == 443)
                || ("http".equals(request.getScheme()) && request.getServerPort() == 80);
    }

    /** The address the person's browser is at, for the bank (Berlin Group's PSU-IP-Address). */
    public static String personAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    /** The Set-Cookie header that lets this browser, and only it, come back with {@code state}. */
    public static String cookie(String state, HttpServletRequest request) {
        return ConsentCookie.of(state, request.isSecure());
    }
}
