package org.tributary.security.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.tributary.platform.boundary.Problem;

/**
 * A request that changes state and carries the access-token cookie must also carry
 * {@code X-Requested-With: tributary}. A cross-site form cannot set that header, so the cookie alone never
 * suffices to act on the user's behalf (SameSite=Strict is the first line, this the second).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CsrfGuard implements ContainerRequestFilter {

    static final String HEADER = "X-Requested-With";
    static final String EXPECTED = "tributary";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        boolean changesState = !SAFE_METHODS.contains(request.getMethod());
        boolean cookieAuthenticated = request.getCookies().containsKey(AccessTokenCookie.NAME);
        if (changesState && cookieAuthenticated && !EXPECTED.equals(request.getHeaderString(HEADER))) {
            request.abortWith(Problem.of(
                            Response.Status.FORBIDDEN,
                            "Requests that change data need the header " + HEADER + ": " + EXPECTED + ".")
                    .toResponse());
        }
    }
}
