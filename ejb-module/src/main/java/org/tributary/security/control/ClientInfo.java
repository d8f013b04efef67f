package org.tributary.security.control;

/**
 * Where a request came from, as far as the audit log, the throttles and the sessions need to know.
 * deviceKey: the SHA-256 of the browser's device cookie (decision 40), or null when it sent none.
 */
public record ClientInfo(String address, String userAgent, String deviceKey) {

    public ClientInfo {
        address = address == null ? "unknown" : address;
        userAgent = userAgent == null ? "" : truncate(userAgent, 300);
    }

    public ClientInfo(String address, String userAgent) {
        this(address, userAgent, null);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
