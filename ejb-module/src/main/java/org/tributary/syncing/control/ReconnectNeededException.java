package org.tributary.syncing.control;

import jakarta.ejb.ApplicationException;

/** The provider no longer accepts the connection's access (revoked, expired, unpaid): only the person can fix it. */
@ApplicationException(rollback = true)
public class ReconnectNeededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReconnectNeededException(String message) {
        super(message);
    }
}
