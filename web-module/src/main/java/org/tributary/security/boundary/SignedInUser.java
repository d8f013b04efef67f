package org.tributary.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in user of a portal request: the subject of the token MicroProfile JWT verified from the
 * cookie. {@link PortalGuard} has already turned away requests without one.
 */
@RequestScoped
public class SignedInUser {

    @Inject
    HttpServletRequest request;

    public UUID id() {
        return ifAny().orElseThrow(() -> new IllegalStateException("no signed-in user on a guarded page"));
    }

    /** The user, on a page that anyone may see (signing in, choosing a language). */
    public Optional<UUID> ifAny() {
        if (request.getUserPrincipal() instanceof JsonWebToken token) {
            return Optional.of(UUID.fromString(token.getSubject()));
        }
        return Optional.empty();
    }
}
