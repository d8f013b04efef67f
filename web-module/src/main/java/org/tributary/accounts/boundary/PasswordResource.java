package org.tributary.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.tributary.accounts.control.Accounts;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.boundary.Clients;
import org.tributary.security.boundary.CurrentUser;
import org.tributary.security.boundary.SignedIn;

/** Changing the password; every other session of the account ends (decision 40). */
@Path("/me/password")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResource {

    public record PasswordChange(String currentPassword, String newPassword) {}

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser user;

    @Context
    HttpServletRequest http;

    @POST
    @APIResponse(
            responseCode = "204",
            description = "Changed; every other session ended. 400 when the current password is wrong")
    public Response change(PasswordChange change) {
        if (change == null) {
            throw new InvalidInputException("body", "Send currentPassword and newPassword.");
        }
        accounts.changePassword(
                user.id(), user.sessionId(), change.currentPassword(), change.newPassword(), Clients.of(http));
        return Response.noContent().build();
    }
}
