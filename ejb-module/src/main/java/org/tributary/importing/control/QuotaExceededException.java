package org.tributary.importing.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** An upload that would take a person past their quota of stored bytes or of rows (413, decision 42). */
@ApplicationException(rollback = true)
public class QuotaExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String BYTES = "quota-bytes";
    public static final String ROWS = "quota-rows";

    private final String code;
    private final long used;
    private final long quota;

    private QuotaExceededException(String code, long used, long quota, String message) {
        super(message);
        this.code = code;
        this.used = used;
        this.quota = quota;
    }

    static QuotaExceededException bytes(long used, long quota) {
        return new QuotaExceededException(
                BYTES,
                megabytes(used),
                megabytes(quota),
                "Your statement files already take " + megabytes(used) + " MB of your " + megabytes(quota)
                        + " MB, and this file does not fit. Ask the administrator for more space.");
    }

    static QuotaExceededException rows(long used, long quota) {
        return new QuotaExceededException(
                ROWS,
                used,
                quota,
                "You already have " + used + " transactions, the most your account may hold (" + quota
                        + "). Ask the administrator for more room.");
    }

    /** {@link #BYTES} (arguments in MB) or {@link #ROWS} */
    public String code() {
        return code;
    }

    /** What is used and the quota: MB for bytes, transactions for rows. */
    public List<Long> arguments() {
        return List.of(used, quota);
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
