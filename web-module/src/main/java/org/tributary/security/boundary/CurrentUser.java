package org.tributary.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in user of this request: the subject of the verified token, the id every query is scoped by. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    public UUID id() {
        return UUID.fromString(token.getSubject());
    }

    /** The server-side session of this request's token (decision 40), which SignedInFilter found live. */
    public UUID sessionId() {
        return SessionGate.sessionId(token).orElseThrow(() -> new IllegalStateException("a token without a session"));
    }
}
