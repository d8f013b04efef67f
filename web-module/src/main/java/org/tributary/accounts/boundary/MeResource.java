package org.tributary.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.tributary.accounts.control.Accounts;
import org.tributary.accounts.entity.User;
import org.tributary.platform.boundary.PortalLanguage;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.boundary.CurrentUser;
import org.tributary.security.boundary.SignedIn;

/** The signed-in user's own account. */
@Path("/me")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    /** locale: the language tag the person chose or, while they have chosen none, the portal's for them. */
    public record MeView(UUID id, String email, String baseCurrency, String locale) {
        static MeView of(User user, HttpServletRequest request) {
            return new MeView(
                    user.getId(),
                    user.getEmail(),
                    user.getBaseCurrency(),
                    user.getLocale()
                            .orElseGet(() -> PortalLanguage.choose(Optional.empty(), request)
                                    .toLanguageTag()));
        }
    }

    public record Preferences(String baseCurrency, String locale) {}

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser user;

    @Context
    HttpServletRequest request;

    @GET
    public MeView get() {
        return MeView.of(accounts.find(user.id()), request);
    }

    @PATCH
    public MeView update(Preferences preferences) {
        if (preferences == null) {
            throw new InvalidInputException("body", "Send baseCurrency and/or locale.");
        }
        return MeView.of(
                accounts.updatePreferences(user.id(), preferences.baseCurrency(), preferences.locale()), request);
    }
}
