package org.tributary.accounts.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Optional;
import org.tributary.accounts.control.Accounts;
import org.tributary.accounts.entity.User;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.boundary.PortalLanguage;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.boundary.Clients;
import org.tributary.security.boundary.SessionGate;
import org.tributary.security.control.TooManyAttemptsException;
import org.tributary.security.control.TwoFactorRequiredException;

/**
 * The sign-in form. Same service and throttle as {@code POST /api/v1/auth/sign-in}; on success the same
 * HttpOnly cookie, then the page the person wanted (only a page of the portal: never an outside address).
 * An account with two-factor sign-in on is asked for its code in a second step; the email and password of
 * the first stay in this view meanwhile, and the password is forgotten as soon as the sign-in ends.
 */
@Named
@ViewScoped
public class SignInPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient SessionGate sessions;

    private String email;
    private String password;
    private String next;
    private String code;
    private boolean codeNeeded;

    public String signIn() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<User> user;
        try {
            user = accounts.signIn(email, password, codeNeeded ? code : null, Clients.of(request));
        } catch (InvalidInputException tooLong) {
            password = null;
            PageMessages.error("sign-in:password", PageMessages.text("signIn.wrong"));
            return null;
        } catch (TooManyAttemptsException blocked) {
            long seconds = Math.max(1, blocked.retryAfter().toSeconds());
            PageMessages.error(
                    codeNeeded ? "sign-in:code" : "sign-in:password", PageMessages.text("signIn.blocked", seconds));
            return null;
        } catch (TwoFactorRequiredException required) {
            code = null;
            if (codeNeeded) {
                PageMessages.error("sign-in:code", PageMessages.text("signIn.codeWrong"));
            }
            codeNeeded = true;
            return null;
        }
        if (user.isEmpty()) {
            password = null;
            codeNeeded = false;
            PageMessages.error("sign-in:password", PageMessages.text("signIn.wrong"));
            return null;
        }
        password = null;
        code = null;
        sessions.signIn(user.get().getId(), request)
                .forEach(cookie -> external.addResponseHeader("Set-Cookie", cookie));
        // This browser's pages before signing in follow the account's language from now on.
        user.get()
                .getLocale()
                .flatMap(PortalLanguage::spoken)
                .ifPresent(language ->
                        external.addResponseHeader("Set-Cookie", PortalLanguage.cookie(language, request.isSecure())));
        return safeNext() + "?faces-redirect=true";
    }

    private String safeNext() {
        return next != null && next.matches("/app/[a-z-]+\\.xhtml") ? next.replace(".xhtml", "") : "/app/dashboard";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** @return whether the password was right and the account's two-factor code is asked for now */
    public boolean isCodeNeeded() {
        return codeNeeded;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
