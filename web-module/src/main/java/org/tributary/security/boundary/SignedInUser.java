package org.tributary.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in user of a portal request: the subject of the token MicroProfile JWT verified from the
 * cookie, while its session is live. {@link PortalGuard} has already turned away requests without one.
 */
@RequestScoped
public class SignedInUser {

    @Inject
    HttpServletRequest request;

    @Inject
    SessionGate sessions;

    public UUID id() {
        return ifAny().orElseThrow(() -> new IllegalStateException("no signed-in user on a guarded page"));
    }

    /** The server-side session of this request (decision 40). */
    public UUID sessionId() {
        return sessions.live(request)
                .flatMap(SessionGate::sessionId)
                .orElseThrow(() -> new IllegalStateException("no signed-in user on a guarded page"));
    }

    /** The user, on a page that anyone may see (signing in, choosing a language). */
    public Optional<UUID> ifAny() {
        return sessions.live(request).map(token -> UUID.fromString(token.getSubject()));
    }
}
