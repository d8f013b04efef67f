package org.tributary.syncing.control;

import jakarta.ejb.ApplicationException;
import java.time.Instant;

/** The provider asked to be left alone until a time (429 with Retry-After): it is not asked again before then. */
@ApplicationException(rollback = true)
public class RateLimitedException extends BankUnavailableException {

    private static final long serialVersionUID = 1L;

    private final Instant until;

    public RateLimitedException(String message, Instant until) {
        super(message);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
