package org.tributary.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.control.ConflictException;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.NotFoundException;
import org.tributary.security.control.ApiTokens;
import org.tributary.security.control.ClientInfo;

/**
 * The portal's API-token section: create a token (its secret shown this once), list the tokens, revoke one.
 * Same service as {@code /api/v1/me/tokens}. An expiry date means the token works until that day ends (UTC).
 */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "token-form:";

    @Inject
    transient ApiTokens tokens;

    @Inject
    transient SignedInUser user;

    private List<ApiTokens.ApiToken> list;
    private String name;
    private List<String> scopes = new ArrayList<>(List.of(ApiTokens.READ));
    private String expiresOn;
    private String createdSecret;
    private String createdName;

    @PostConstruct
    void init() {
        list = tokens.list(user.id());
    }

    public void create() {
        createdSecret = null;
        Instant expiresAt;
        try {
            expiresAt = expiresOn == null || expiresOn.isBlank()
                    ? null
                    : LocalDate.parse(expiresOn.strip())
                            .plusDays(1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant();
        } catch (DateTimeParseException e) {
            PageMessages.error(FORM + "expires", PageMessages.text("tokens.expiresWrong"));
            return;
        }
        try {
            ApiTokens.IssuedToken issued = tokens.create(user.id(), name, scopes, expiresAt, client());
            createdSecret = issued.secret();
            createdName = issued.token().name();
            name = null;
            expiresOn = null;
            list = tokens.list(user.id());
        } catch (InvalidInputException invalid) {
            PageMessages.errors(
                    invalid,
                    "tokens.error",
                    Map.of("name", FORM + "name", "scopes", FORM + "scopes", "expiresAt", FORM + "expires"));
        } catch (ConflictException tooMany) {
            PageMessages.error(FORM + "name", PageMessages.text("tokens.tooMany"));
        }
    }

    public void revoke(UUID id) {
        try {
            tokens.revoke(user.id(), id, client());
            PageMessages.info(PageMessages.text("tokens.revoked"));
        } catch (NotFoundException gone) {
            // Revoked already (in another tab): the list below shows what is left.
        }
        list = tokens.list(user.id());
    }

    private static ClientInfo client() {
        return Clients.of((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** @return a moment as its day (UTC), or an empty string */
    public String day(Instant moment) {
        return moment == null
                ? ""
                : moment.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** @return the last day an expiry lets a token work, as the form took it */
    public String lastDay(Instant expiresAt) {
        return expiresAt == null
                ? ""
                : expiresAt
                        .minusSeconds(1)
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString();
    }

    public List<ApiTokens.ApiToken> getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getCreatedSecret() {
        return createdSecret;
    }

    public String getCreatedName() {
        return createdName;
    }
}
