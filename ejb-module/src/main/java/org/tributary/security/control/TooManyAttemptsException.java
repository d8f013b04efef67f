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

    public TooManyAttemptsException(Duration retryAfter) {
        super("too many failed sign-ins; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
