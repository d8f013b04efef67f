package org.tributary.importing.control;

import jakarta.ejb.ApplicationException;

/** Not a statement format we read (the API answers 415 with this message). */
@ApplicationException(rollback = true)
public class UnsupportedFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsupportedFormatException(String message) {
        super(message);
    }
}
