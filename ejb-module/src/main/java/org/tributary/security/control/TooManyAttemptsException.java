package org.tributary.security.control;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * Too many failed sign-ins for this account or from this address: the API answers 429 with Retry-After.
 * Nothing is rolled back, so the audit record of the refusal stays.
 */
@ApplicationException(rollback = false)
public class TooManyAttemptsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;
    private final String what;

    public TooManyAttemptsException(Duration retryAfter) {
        this(retryAfter, "Too many failed sign-ins.");
    }

    /** @param what the sentence that says what there were too many of, for the problem's detail */
    public TooManyAttemptsException(Duration retryAfter, String what) {
        super(what + " Try again in " + retryAfter.toSeconds() + " s.");
        this.retryAfter = retryAfter;
        this.what = what;
    }

    public String what() {
        return what;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
