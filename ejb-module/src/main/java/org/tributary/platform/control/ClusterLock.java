package org.tributary.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.jdbc.PgConnection;

/**
 * A lock every server on the database sees: a PostgreSQL advisory lock. A server that dies lets go of it with its
 * connection, so nothing waits for a dead node. An in-process lock would let two servers do the same work at once
 * (issue 18).
 *
 * <p>{@link #holding} and {@link #ifFree} hold a session's lock for as long as the work runs: only outside a
 * transaction, for inside one the statement letting go is refused once the transaction must roll back, and the lock
 * would stay with the pooled connection, held by no one. Work inside a transaction takes {@link #untilCommit}.
 */
public final class ClusterLock {

    private static final Logger LOG = Logger.getLogger(ClusterLock.class.getName());

    /** What is locked; each kind is the first half of the lock's key, so kinds never collide with each other. */
    public enum Kind {
        /** A user's daily totals, whose rewrite adds a difference that must not be added twice. */
        DAILY_TOTALS(0x44545431),
        /** The analytics catch-up round: one server at a time does it. */
        ANALYTICS_CATCH_UP(0x41435531),
        /** A user's analysis (regular payments, recommendations): one server computes it at a time. */
        ANALYSIS(0x414e4131),
        /** The nightly round of analyses: one server asks for them. */
        NIGHTLY_ANALYSIS(0x4e414e31),
        /** The round of bank syncs that are due: one server starts them. */
        SCHEDULED_SYNCS(0x53594e31),
        /** A user's transfer matching: two imports pairing at once could each take the same row for another pair. */
        TRANSFERS(0x54524e31);

        private final int key;

        Kind(int key) {
            this.key = key;
        }
    }

    /** Work that may fail with an SQL error. */
    @FunctionalInterface
    public interface Work {
        void run() throws SQLException;
    }

    private ClusterLock() {}

    /** Waits for the lock of the kind and user, runs the work, and lets go (also when the work fails). */
    public static void holding(DataSource database, Kind kind, UUID user, Work work) throws SQLException {
        try (Connection connection = database.getConnection()) {
            call(connection, "select pg_advisory_lock(?, ?)", kind, user);
            try {
                work.run();
            } finally {
                letGo(connection, kind, user);
            }
        }
    }

    /**
     * Waits for the lock of the kind and user and holds it until the connection's transaction ends: work that must
     * see what the previous holder committed (a lock let go before its commit would not let it).
     */
    public static void untilCommit(Connection connection, Kind kind, UUID user) throws SQLException {
        call(connection, "select pg_advisory_xact_lock(?, ?)", kind, user);
    }

    /**
     * Runs the work only when no other server holds the lock of the kind now.
     *
     * @return whether the work ran
     */
    public static boolean ifFree(DataSource database, Kind kind, Work work) throws SQLException {
        try (Connection connection = database.getConnection()) {
            if (!Boolean.TRUE.equals(call(connection, "select pg_try_advisory_lock(?, ?)", kind, null))) {
                return false;
            }
            try {
                work.run();
            } finally {
                letGo(connection, kind, null);
            }
            return true;
        }
    }

    private static void letGo(Connection connection, Kind kind, UUID user) throws SQLException {
        try {
            call(connection, "select pg_advisory_unlock(?, ?)", kind, user);
        } catch (SQLException | RuntimeException e) {
            // The pool would lend the connection on, the lock with it: closing it underneath is what ends the lock.
            LOG.severe(() -> "could not let go of the " + kind + " lock; its connection is closed: " + e.getMessage());
            try {
                connection.unwrap(PgConnection.class).close();
            } catch (SQLException | RuntimeException notClosed) {
                e.addSuppressed(notClosed);
            }
            throw e;
        }
    }

    private static Object call(Connection connection, String sql, Kind kind, UUID user) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, kind.key);
            // Users whose ids hash alike share a lock: they only take turns.
            statement.setInt(2, user == null ? 0 : user.hashCode());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getObject(1);
            }
        }
    }
}
