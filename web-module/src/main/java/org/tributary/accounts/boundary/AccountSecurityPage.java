package org.tributary.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tributary.accounts.control.Accounts;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.boundary.Clients;
import org.tributary.security.boundary.SignedInUser;
import org.tributary.security.control.Sessions;
import org.tributary.security.control.TooManyAttemptsException;

/**
 * Sign-in and security: where the person is signed in (device, address, last seen, this device), ending one
 * session or every other, and changing the password — the same services as {@code /api/v1/me/sessions} and
 * {@code /api/v1/me/password} (decision 40).
 */
@Named
@ViewScoped
public class AccountSecurityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the list, formatted for the page. */
    public record Row(String id, String device, String address, String lastSeen, String signedIn, boolean current)
            implements Serializable {}

    @Inject
    transient Sessions sessions;

    @Inject
    transient Accounts accounts;

    @Inject
    transient SignedInUser user;

    private List<Row> rows;
    private String currentPassword;
    private String newPassword;
    private String repeated;

    @PostConstruct
    void load() {
        UUID current = user.sessionId();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(ZoneId.systemDefault());
        rows = sessions.active(user.id()).stream()
                .map(s -> new Row(
                        s.id().toString(),
                        s.device(),
                        s.address(),
                        when(format, s.lastSeenAt()),
                        when(format, s.createdAt()),
                        s.id().equals(current)))
                .toList();
    }

    public void end(String id) {
        Row row = rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (row != null && !row.current() && sessions.end(user.id(), UUID.fromString(id))) {
            PageMessages.info(PageMessages.text("security.ended", row.device()));
        }
        load();
    }

    public void endOthers() {
        sessions.signOutElsewhere(user.id(), user.sessionId(), Clients.of(request()));
        PageMessages.info(PageMessages.text("security.othersEnded"));
        load();
    }

    public void changePassword() {
        if (newPassword != null && !newPassword.equals(repeated)) {
            PageMessages.error("password-form:repeated", PageMessages.text("security.mismatch"));
            return;
        }
        try {
            accounts.changePassword(user.id(), user.sessionId(), currentPassword, newPassword, Clients.of(request()));
        } catch (InvalidInputException invalid) {
            PageMessages.errors(
                    invalid,
                    "security.error",
                    Map.of("currentPassword", "password-form:current", "newPassword", "password-form:new"));
            return;
        } catch (TooManyAttemptsException blocked) {
            PageMessages.error(
                    "password-form:current",
                    PageMessages.text(
                            "signIn.blocked", Math.max(1, blocked.retryAfter().toSeconds())));
            return;
        }
        currentPassword = null;
        newPassword = null;
        repeated = null;
        PageMessages.info(PageMessages.text("security.changed"));
        load();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static String when(DateTimeFormatter format, Instant instant) {
        return format.format(instant);
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isOthers() {
        return rows.stream().anyMatch(r -> !r.current());
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
