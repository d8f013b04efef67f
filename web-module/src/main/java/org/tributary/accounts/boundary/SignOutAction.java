package org.tributary.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tributary.accounts.control.Accounts;
import org.tributary.security.boundary.AccessTokenCookie;
import org.tributary.security.boundary.Clients;
import org.tributary.security.boundary.SessionGate;
import org.tributary.security.boundary.SignedInUser;

/** The sign-out button of every page: the audit record, the session ended, the cookie cleared, the Faces session ended. */
@Named
@RequestScoped
public class SignOutAction {

    @Inject
    Accounts accounts;

    @Inject
    SignedInUser user;

    @Inject
    SessionGate sessions;

    public String signOut() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        accounts.signOut(user.id(), Clients.of(request));
        sessions.endCurrent(request);
        external.addResponseHeader("Set-Cookie", AccessTokenCookie.cleared(request.isSecure()));
        external.invalidateSession();
        return "/sign-in?faces-redirect=true&signedOut=true";
    }
}
