package org.tributary.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.control.ApiTokens;

/** The signed-in account's personal API tokens: create (the secret shown once), list, revoke. */
@Path("/me/tokens")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

    public record NewToken(String name, List<String> scopes, Instant expiresAt) {}

    public record CreatedToken(UUID id, String name, List<String> scopes, Instant expiresAt, String token) {}

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser user;

    @Context
    HttpServletRequest http;

    @GET
    public List<ApiTokens.ApiToken> list() {
        return tokens.list(user.id());
    }

    @POST
    @APIResponse(
            responseCode = "201",
            description = "The new token; its secret is in this answer only",
            content = @Content(schema = @Schema(implementation = CreatedToken.class)))
    public Response create(NewToken request) {
        if (request == null) {
            throw new InvalidInputException("name", "Send a name and scopes.");
        }
        ApiTokens.IssuedToken issued =
                tokens.create(user.id(), request.name(), request.scopes(), request.expiresAt(), Clients.of(http));
        ApiTokens.ApiToken token = issued.token();
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedToken(token.id(), token.name(), token.scopes(), token.expiresAt(), issued.secret()))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Revoked: the token stops working at once")
    public Response revoke(@PathParam("id") UUID id) {
        tokens.revoke(user.id(), id, Clients.of(http));
        return Response.noContent().build();
    }
}
