package org.tributary.security.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.tributary.platform.boundary.Problem;
import org.tributary.security.control.ApiTokens;

/**
 * Signs in a request that carries a personal API token in {@code Authorization: Bearer}: the token is looked
 * up in PostgreSQL on every request (so revoking or expiry takes effect at once, on every node), and the
 * request must be one its scopes allow. Such a request carries no cookie and needs no CSRF header: a browser
 * never adds this header on its own. {@link CurrentUser} then answers the token's owner.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class ApiTokenFilter implements ContainerRequestFilter {

    /** The request attribute that holds the {@link ApiTokens.Grant} of a request signed in by a token. */
    static final String GRANT = ApiTokenFilter.class.getName() + ".grant";

    private static final String BEARER = "bearer ";

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        Optional<ApiTokens.Grant> grant =
                tokens.authenticate(authorization.substring(BEARER.length()).strip());
        if (grant.isEmpty()) {
            request.abortWith(Response.fromResponse(
                            Problem.of(Response.Status.UNAUTHORIZED, "The API token is unknown, expired or revoked.")
                                    .toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                    .build());
            return;
        }
        String path = "/" + request.getUriInfo().getPath(true).replaceFirst("^/+", "");
        if (!ApiTokenScope.allows(grant.get().scopes(), request.getMethod(), path)) {
            request.abortWith(Problem.of(
                            Response.Status.FORBIDDEN,
                            "This API token's scopes " + grant.get().scopes() + " do not allow this request.")
                    .toResponse());
            return;
        }
        request.setProperty(GRANT, grant.get());
        http.setAttribute(GRANT, grant.get());
    }
}
