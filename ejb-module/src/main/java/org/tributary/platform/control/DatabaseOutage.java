package org.tributary.platform.control;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure came from a database out of reach (PostgreSQL restarting or stopped, its connections cut)
 * rather than from a fault of ours: the request may simply be tried again in a moment.
 */
public final class DatabaseOutage {

    /** PostgreSQL's admin shutdown, crash shutdown, and "cannot connect now" (starting up or shutting down). */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {}

    public static boolean causes(Throwable failure) {
        return Causes.anyOf(
                failure,
                cause -> cause instanceof SQLTransientConnectionException
                        || cause instanceof SQLNonTransientConnectionException
                        || cause instanceof SQLException sql && isConnectionState(sql.getSQLState()));
    }

    /**
     * SQLSTATE class 08 (connection exception) and PostgreSQL's 57P01–57P03 (the server shutting down, or not
     * yet accepting connections).
     */
    static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_OR_COMING.contains(state));
    }
}
