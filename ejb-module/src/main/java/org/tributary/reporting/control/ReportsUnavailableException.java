package org.tributary.reporting.control;

import jakarta.ejb.ApplicationException;

/** ClickHouse did not answer a report query (the API answers 503; the ledger itself is unaffected). */
@ApplicationException(rollback = true)
public class ReportsUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportsUnavailableException(Throwable cause) {
        super("Reports are unavailable for a moment; please try again shortly.", cause);
    }
}
