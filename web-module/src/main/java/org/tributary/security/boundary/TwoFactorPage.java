package org.tributary.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.tributary.accounts.control.Accounts;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.control.ConflictException;
import org.tributary.security.control.ClientInfo;
import org.tributary.security.control.TooManyAttemptsException;
import org.tributary.security.control.TwoFactor;
import org.tributary.security.control.WrongCodeException;

/**
 * The portal's two-factor section: turn it on (the otpauth URI as a QR code for the authenticator app, and the
 * secret and the URI as text for those who cannot scan it), confirm with a first code, see the recovery codes
 * once, turn it off with a code. Same service as {@code /api/v1/me/two-factor}.
 */
@Named
@ViewScoped
public class TwoFactorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CODE_FIELD = "two-factor-form:code";

    @Inject
    transient TwoFactor twoFactor;

    @Inject
    transient Accounts accounts;

    @Inject
    transient SignedInUser user;

    private boolean on;
    private TwoFactor.Enrolment enrolment;
    private String qrCode;
    private List<String> recoveryCodes;
    private String code;

    @PostConstruct
    void init() {
        on = twoFactor.isOn(user.id());
    }

    public void start() {
        try {
            enrolment = twoFactor.begin(user.id(), email());
            qrCode = QrCodeSvg.of(enrolment.otpauthUri(), PageMessages.text("twoFactor.qrCode"));
        } catch (ConflictException alreadyOn) {
            on = true;
        }
    }

    public void confirm() {
        try {
            recoveryCodes = twoFactor.confirm(user.id(), code, client());
            enrolment = null;
            qrCode = null;
            on = true;
            PageMessages.info(PageMessages.text("twoFactor.turnedOn"));
        } catch (WrongCodeException wrong) {
            PageMessages.error(CODE_FIELD, PageMessages.text("twoFactor.codeWrong"));
        } catch (ConflictException stale) {
            on = twoFactor.isOn(user.id());
            enrolment = null;
            qrCode = null;
        }
        code = null;
    }

    public void turnOff() {
        try {
            twoFactor.turnOff(user.id(), email(), code, client());
            on = false;
            recoveryCodes = null;
            PageMessages.info(PageMessages.text("twoFactor.turnedOff"));
        } catch (WrongCodeException wrong) {
            PageMessages.error(CODE_FIELD, PageMessages.text("twoFactor.codeWrong"));
        } catch (TooManyAttemptsException blocked) {
            PageMessages.error(
                    CODE_FIELD,
                    PageMessages.text(
                            "signIn.blocked", Math.max(1, blocked.retryAfter().toSeconds())));
        }
        code = null;
    }

    private static ClientInfo client() {
        return Clients.of((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    private String email() {
        return accounts.find(user.id()).getEmail();
    }

    public boolean isOn() {
        return on;
    }

    public TwoFactor.Enrolment getEnrolment() {
        return enrolment;
    }

    /** @return the otpauth URI as an inline SVG image while setting up, else null */
    public String getQrCode() {
        return qrCode;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
