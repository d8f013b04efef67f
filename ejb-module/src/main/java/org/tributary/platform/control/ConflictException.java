package org.tributary.platform.control;

import jakarta.ejb.ApplicationException;

/** The request clashes with the current state (an email already taken): the API answers 409. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
