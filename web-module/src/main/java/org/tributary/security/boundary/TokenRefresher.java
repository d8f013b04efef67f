package org.tributary.security.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tributary.security.control.TokenIssuer;

/**
 * The sliding session: a successful request with a token past half its lifetime gets a fresh one, so an
 * active user stays signed in while a stolen token still expires quickly.
 */
@Provider
public class TokenRefresher implements ContainerResponseFilter {

    @Inject
    TokenIssuer issuer;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)
                || response.getStatus() >= 400
                || response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
            return;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(token.getIssuedAtTime()), Instant.now());
        if (age.compareTo(issuer.lifetime().dividedBy(2)) > 0) {
            String fresh = issuer.issue(UUID.fromString(token.getSubject()));
            boolean secure = request.getSecurityContext().isSecure();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, AccessTokenCookie.of(fresh, issuer.lifetime(), secure));
        }
    }
}
