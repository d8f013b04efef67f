package org.tributary.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * No such object for this user. Also what another user's object looks like, so that its existence is
 * never revealed: the API answers 404.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
