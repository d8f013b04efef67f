package org.tributary.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tributary.security.control.ApiTokens;

/**
 * The signed-in user of this request, the id every query is scoped by: the owner of the personal API token
 * {@link ApiTokenFilter} accepted, or else the subject of the verified access token.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    @Inject
    HttpServletRequest request;

    public UUID id() {
        if (request.getAttribute(ApiTokenFilter.GRANT) instanceof ApiTokens.Grant grant) {
            return grant.userId();
        }
        return UUID.fromString(token.getSubject());
    }

    /** The server-side session of this request's token (decision 40), which SignedInFilter found live. */
    public UUID sessionId() {
        return SessionGate.sessionId(token).orElseThrow(() -> new IllegalStateException("a token without a session"));
    }
}
