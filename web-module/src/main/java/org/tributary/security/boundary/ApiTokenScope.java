package org.tributary.security.boundary;

import java.util.Set;
import java.util.regex.Pattern;
import org.tributary.security.control.ApiTokens;

/**
 * What a personal API token may do (API.md): {@code read} allows GET (and HEAD); {@code import} allows that
 * too, and also uploading and previewing statements, cash entries and syncing a source. Nothing else: not
 * changing the account, its tokens or its two-factor setting.
 */
final class ApiTokenScope {

    private static final Pattern IMPORT_WRITES =
            Pattern.compile("/(imports|imports/preview|transactions/cash|sources/[^/]+/sync)/?");

    private ApiTokenScope() {}

    /** @param path the request path under /api/v1, starting with a slash */
    static boolean allows(Set<String> scopes, String method, String path) {
        boolean reads = "GET".equals(method) || "HEAD".equals(method);
        if (reads) {
            return scopes.contains(ApiTokens.READ) || scopes.contains(ApiTokens.IMPORT);
        }
        return scopes.contains(ApiTokens.IMPORT)
                && "POST".equals(method)
                && IMPORT_WRITES.matcher(path).matches();
    }
}
