package org.tributary.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The sliding session: a successful request with a token past half its lifetime gets a fresh one, so an
 * active user stays signed in while a stolen token still expires quickly; never past the session's
 * absolute expiry (decision 40).
 */
@Provider
public class TokenRefresher implements ContainerResponseFilter {

    @Inject
    SessionGate sessions;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken)
                || response.getStatus() >= 400
                || response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
            return;
        }
        sessions.renewal(http).ifPresent(fresh -> response.getHeaders().add(HttpHeaders.SET_COOKIE, fresh));
    }
}
