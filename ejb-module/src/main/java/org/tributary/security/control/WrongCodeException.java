package org.tributary.security.control;

import jakarta.ejb.ApplicationException;

/** A two-factor code that is wrong, expired or already used, while changing the setting: the API answers 422. */
@ApplicationException(rollback = true)
public class WrongCodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WrongCodeException() {
        super("The code is wrong, expired or already used.");
    }
}
