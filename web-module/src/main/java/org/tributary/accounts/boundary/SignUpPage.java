package org.tributary.accounts.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Map;
import org.tributary.accounts.control.Accounts;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.control.ConflictException;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.boundary.Clients;
import org.tributary.security.control.TooManyAttemptsException;

/** The sign-up form: the same rules as {@code POST /api/v1/auth/sign-up}, then on to sign in. */
@Named
@ViewScoped
public class SignUpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    private String email;
    private String password;
    private String repeated;

    public String signUp() {
        if (password != null && !password.equals(repeated)) {
            PageMessages.error("sign-up:repeated", PageMessages.text("signUp.mismatch"));
            return null;
        }
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            accounts.signUp(email, password, Clients.of(request));
        } catch (InvalidInputException invalid) {
            PageMessages.errors(
                    invalid, "signUp.error", Map.of("email", "sign-up:email", "password", "sign-up:password"));
            return null;
        } catch (TooManyAttemptsException blocked) {
            long seconds = Math.max(1, blocked.retryAfter().toSeconds());
            PageMessages.error("sign-up:email", PageMessages.text("signUp.blocked", seconds));
            return null;
        } catch (ConflictException taken) {
            PageMessages.error("sign-up:email", PageMessages.text("signUp.taken"));
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put("signedUp", email);
        return "/sign-in?faces-redirect=true";
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

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
