package org.tributary.security.boundary;

import java.util.Optional;

/** Where a plain-http request must go instead: nowhere in the dev profile, to https everywhere else. */
final class TransportPolicy {

    static final String DEV = "dev";

    private TransportPolicy() {}

    static Optional<String> httpsRedirect(
            String profile, boolean secure, String host, int httpsPort, String path, String query) {
        if (secure || DEV.equalsIgnoreCase(profile)) {
            return Optional.empty();
        }
        String port = httpsPort == 443 ? "" : ":" + httpsPort;
        String target = "https://" + host + port + path + (query == null ? "" : "?" + query);
        return Optional.of(target);
    }
}
