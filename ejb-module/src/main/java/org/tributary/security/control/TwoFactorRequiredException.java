package org.tributary.security.control;

import jakarta.ejb.ApplicationException;

/**
 * The password was right but the account has two-factor sign-in on and no valid code came with it: the API
 * answers 401 with the problem type {@code …/two-factor-required}. Nothing is rolled back, so the audit
 * record of a wrong code stays.
 */
@ApplicationException(rollback = false)
public class TwoFactorRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean codeGiven;

    public TwoFactorRequiredException(boolean codeGiven) {
        super(
                codeGiven
                        ? "The code is wrong, expired or already used."
                        : "This account signs in with a code from its authenticator app (or a recovery code).");
        this.codeGiven = codeGiven;
    }

    /** @return whether a code was sent (and was wrong), rather than none */
    public boolean codeGiven() {
        return codeGiven;
    }
}
