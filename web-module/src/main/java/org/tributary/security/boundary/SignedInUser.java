package org.tributary.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
        if (request.getUserPrincipal() instanceof JsonWebToken token) {
            return UUID.fromString(token.getSubject());
        }
        throw new IllegalStateException("no signed-in user on a guarded page");
    }
}
