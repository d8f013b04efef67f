package org.tributary.syncing.control;

import jakarta.ejb.ApplicationException;

/** The bank's provider did not answer usefully (down, slow, overloaded, or nonsense); a later sync may work. */
@ApplicationException(rollback = true)
public class BankUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BankUnavailableException(String message) {
        super(message);
    }

    public BankUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
