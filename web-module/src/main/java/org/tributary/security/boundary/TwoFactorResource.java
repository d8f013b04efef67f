package org.tributary.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.tributary.accounts.control.Accounts;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.control.TwoFactor;

/** Turning two-factor sign-in (TOTP) on and off for the signed-in account. */
@Path("/me/two-factor")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TwoFactorResource {

    public record Code(String code) {}

    public record RecoveryCodesView(List<String> recoveryCodes) {}

    @Inject
    TwoFactor twoFactor;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser user;

    @Context
    HttpServletRequest http;

    @POST
    @APIResponse(
            responseCode = "200",
            description = "The secret for the authenticator app; not active until confirmed (409 if already on)",
            content = @Content(schema = @Schema(implementation = TwoFactor.Enrolment.class)))
    public TwoFactor.Enrolment begin() {
        return twoFactor.begin(user.id(), accounts.find(user.id()).getEmail());
    }

    @POST
    @Path("/confirm")
    @APIResponse(
            responseCode = "200",
            description = "On: the recovery codes, shown this once (422 if the code is wrong)",
            content = @Content(schema = @Schema(implementation = RecoveryCodesView.class)))
    public RecoveryCodesView confirm(Code code) {
        return new RecoveryCodesView(twoFactor.confirm(user.id(), required(code), Clients.of(http)));
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Off (422 if the code is wrong)")
    public Response turnOff(Code code) {
        twoFactor.turnOff(
                user.id(), accounts.find(user.id()).getEmail(), code == null ? null : code.code(), Clients.of(http));
        return Response.noContent().build();
    }

    private static String required(Code code) {
        if (code == null || code.code() == null || code.code().isBlank()) {
            throw new InvalidInputException("code", "Required: the six digits the authenticator app shows.");
        }
        return code.code();
    }
}
