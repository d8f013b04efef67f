package org.tributary.platform.control;

import java.nio.file.FileSystemException;
import java.sql.SQLException;

/**
 * Whether a failure came from a full disk — PostgreSQL's (SQLSTATE 53100, {@code disk_full}) or this server's own,
 * where the portal keeps a dropped file until it is imported — rather than from a fault of ours or of the input:
 * nothing was kept, and the same request succeeds once there is room again.
 */
public final class NoRoom {

    private static final String DISK_FULL = "53100";

    /** The operating system's text for ENOSPC, which the JDK puts in a FileSystemException's reason. */
    private static final String ENOSPC = "No space left on device";

    private NoRoom() {}

    public static boolean causes(Throwable failure) {
        return Causes.anyOf(
                failure,
                cause -> cause instanceof SQLException sql && DISK_FULL.equals(sql.getSQLState())
                        || cause instanceof FileSystemException file && ENOSPC.equals(file.getReason())
                        || cause instanceof java.io.IOException io
                                && String.valueOf(io.getMessage()).contains(ENOSPC));
    }
}
