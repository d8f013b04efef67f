package org.tributary.security.control;

/** Where a request came from, as far as the audit log and the sign-in throttle need to know. */
public record ClientInfo(String address, String userAgent) {

    public ClientInfo {
        address = address == null ? "unknown" : address;
        userAgent = userAgent == null ? "" : truncate(userAgent, 300);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
