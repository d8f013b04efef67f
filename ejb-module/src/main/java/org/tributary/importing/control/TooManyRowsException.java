package org.tributary.importing.control;

import jakarta.ejb.ApplicationException;

/** A file with more rows than one import may hold (413 at upload; the run fails with it in the job). */
@ApplicationException(rollback = true)
public class TooManyRowsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "too-many-rows";

    private final long rows;
    private final long maxRows;

    public TooManyRowsException(long rows, long maxRows) {
        super("This file has " + rows + " rows; at most " + maxRows
                + " can be imported at once. Split it into smaller files.");
        this.rows = rows;
        this.maxRows = maxRows;
    }

    public long rows() {
        return rows;
    }

    public long maxRows() {
        return maxRows;
    }
}
