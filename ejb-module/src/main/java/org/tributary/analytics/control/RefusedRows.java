package org.tributary.analytics.control;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a batch of rows, and when ClickHouse refuses it, finds the rows it refuses by halving: the others are
 * written, about 2·log₂ n inserts for one bad row in n (decision 37). ClickHouse not answering at all is no
 * refusal: the exception goes to the caller and nothing is blamed on the rows.
 */
final class RefusedRows {

    interface Insert<T> {
        void insert(List<T> rows) throws SQLException;
    }

    interface Ping {
        void ping() throws SQLException;
    }

    /** The rows written, those refused one by one, and ClickHouse's words for the last refusal. */
    record Outcome<T>(List<T> taken, List<T> refused, String lastError) {}

    private RefusedRows() {}

    static <T> Outcome<T> insert(List<T> rows, Insert<T> insert, Ping ping) throws SQLException {
        List<T> taken = new ArrayList<>();
        List<T> refused = new ArrayList<>();
        String[] lastError = {""};
        split(rows, insert, ping, taken, refused, lastError);
        return new Outcome<>(taken, refused, lastError[0]);
    }

    private static <T> void split(
            List<T> rows, Insert<T> insert, Ping ping, List<T> taken, List<T> refused, String[] lastError)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            insert.insert(rows);
            taken.addAll(rows);
        } catch (SQLException e) {
            ping.ping();
            lastError[0] = String.valueOf(e.getMessage());
            if (rows.size() == 1) {
                refused.addAll(rows);
                return;
            }
            int half = rows.size() / 2;
            split(rows.subList(0, half), insert, ping, taken, refused, lastError);
            split(rows.subList(half, rows.size()), insert, ping, taken, refused, lastError);
        }
    }
}
