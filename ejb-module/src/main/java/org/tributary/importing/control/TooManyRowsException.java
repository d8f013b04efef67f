package org.tributary.importing.control;

import jakarta.ejb.ApplicationException;

/** A file with more rows than one import may hold (413 at upload; the run fails with it in the job). */
@ApplicationException(rollback = true)
public class TooManyRowsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TooManyRowsException(String message) {
        super(message);
    }
}
