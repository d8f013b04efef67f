package org.tributary.importing.control.statement;

import jakarta.ejb.ApplicationException;

/** The file is not a statement we can read at all (the API answers 422 with this message). */
@ApplicationException(rollback = true)
public class UnreadableStatementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableStatementException(String message) {
        super(message);
    }
}
