package org.tributary.security.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tributary.platform.boundary.Problem;

/**
 * Lets a request into a {@link SignedIn} resource only with a token that MicroProfile JWT has verified;
 * a missing, expired, forged or malformed token all end here as 401, and so does a token whose server-side
 * session has ended (signed out, password changed, ended from another device: decision 40). A request that
 * {@link ApiTokenFilter} signed in with a personal API token is let in too (it has no session).
 */
@Provider
@SignedIn
@Priority(Priorities.AUTHENTICATION)
public class SignedInFilter implements ContainerRequestFilter {

    @Inject
    SessionGate sessions;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken)
                && request.getProperty(ApiTokenFilter.GRANT) == null) {
            request.abortWith(
                    Problem.of(Response.Status.UNAUTHORIZED, "Sign in first.").toResponse());
            return;
        }
        if (request.getProperty(ApiTokenFilter.GRANT) == null
                && sessions.live(http).isEmpty()) {
            request.abortWith(Response.fromResponse(
                            Problem.of(Response.Status.UNAUTHORIZED, "This session has ended. Sign in again.")
                                    .toResponse())
                    .header(HttpHeaders.SET_COOKIE, AccessTokenCookie.cleared(http.isSecure()))
                    .build());
        }
    }
}
