package org.tributary.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.tributary.platform.control.NotFoundException;
import org.tributary.security.boundary.Clients;
import org.tributary.security.boundary.CurrentUser;
import org.tributary.security.boundary.SignedIn;
import org.tributary.security.control.Sessions;

/** The signed-in user's active sessions: where they are signed in, and ending them (decision 40). */
@Path("/me/sessions")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    /** current: the session of this very request. */
    public record SessionView(
            UUID id, Instant createdAt, Instant lastSeenAt, String address, String device, boolean current) {}

    @Inject
    Sessions sessions;

    @Inject
    CurrentUser user;

    @Context
    HttpServletRequest http;

    @GET
    public List<SessionView> list() {
        UUID current = user.sessionId();
        return sessions.active(user.id()).stream()
                .map(s -> new SessionView(
                        s.id(), s.createdAt(), s.lastSeenAt(), s.address(), s.device(), s.id().equals(current)))
                .toList();
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "That session ended: its token no longer works")
    public Response end(@PathParam("id") UUID id) {
        if (!sessions.end(user.id(), id)) {
            throw new NotFoundException("session");
        }
        return Response.noContent().build();
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Every session but the current one ended")
    public Response endOthers() {
        sessions.signOutElsewhere(user.id(), user.sessionId(), Clients.of(http));
        return Response.noContent().build();
    }
}
