package org.tributary.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.tributary.accounts.control.Accounts;
import org.tributary.accounts.entity.User;
import org.tributary.platform.boundary.Problem;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.boundary.AccessTokenCookie;
import org.tributary.security.boundary.Clients;
import org.tributary.security.boundary.SessionGate;

/** Sign-up, sign-in and sign-out. The token travels only in the HttpOnly cookie, never in a body. */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record Credentials(String email, String password) {}

    /** code: for an account with two-factor sign-in on, a TOTP code or a recovery code. */
    public record SignInRequest(String email, String password, String code) {}

    public record UserView(UUID id, String email) {
        static UserView of(User user) {
            return new UserView(user.getId(), user.getEmail());
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    SessionGate sessions;

    @Context
    HttpServletRequest http;

    @Context
    SecurityContext security;

    @POST
    @Path("/sign-up")
    @APIResponse(
            responseCode = "201",
            description = "The new account",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response signUp(Credentials credentials) {
        Credentials given = required(credentials);
        User user = accounts.signUp(given.email(), given.password(), Clients.of(http));
        return Response.status(Response.Status.CREATED)
                .entity(UserView.of(user))
                .build();
    }

    @POST
    @Path("/sign-in")
    @APIResponse(
            responseCode = "200",
            description = "Signed in: the access token is in the access_token cookie. With two-factor sign-in on and"
                    + " no valid code: 401 whose type ends /two-factor-required",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response signIn(SignInRequest request) {
        Credentials given = required(request == null ? null : new Credentials(request.email(), request.password()));
        return accounts.signIn(given.email(), given.password(), request.code(), Clients.of(http))
                .map(user -> {
                    Response.ResponseBuilder ok = Response.ok(UserView.of(user));
                    sessions.signIn(user.getId(), http).forEach(cookie -> ok.header(HttpHeaders.SET_COOKIE, cookie));
                    return ok.build();
                })
                .orElseGet(() -> Problem.of(Response.Status.UNAUTHORIZED, "The email or the password is wrong.")
                        .toResponse());
    }

    @POST
    @Path("/sign-out")
    @APIResponse(responseCode = "204", description = "Signed out: the cookie is cleared and its session ended")
    public Response signOut() {
        if (security.getUserPrincipal() instanceof JsonWebToken token) {
            accounts.signOut(UUID.fromString(token.getSubject()), Clients.of(http));
            sessions.endCurrent(http);
        }
        return Response.noContent()
                .header(HttpHeaders.SET_COOKIE, AccessTokenCookie.cleared(http.isSecure()))
                .build();
    }

    private static Credentials required(Credentials credentials) {
        List<InvalidInputException.FieldError> missing = new ArrayList<>();
        if (credentials == null || credentials.email() == null) {
            missing.add(new InvalidInputException.FieldError("email", "Required."));
        }
        if (credentials == null || credentials.password() == null) {
            missing.add(new InvalidInputException.FieldError("password", "Required."));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return credentials;
    }
}
