package org.tributary.importing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.tributary.platform.SystemUnderTest;

/** Reads and sets import runs' rows in the test database, by the run's id (the statement's one parameter). */
public final class RunRows {

    private RunRows() {}

    /** The first column of the statement's one row, as text. */
    public static String text(String sql, UUID id) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no row for " + id + ": " + sql);
                }
                return row.getString(1);
            }
        }
    }

    public static int number(String sql, UUID id) throws Exception {
        return Integer.parseInt(text(sql, id));
    }

    /** @return how many rows the statement changed */
    public static int execute(String sql, UUID id) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement update = db.prepareStatement(sql)) {
            update.setObject(1, id);
            return update.executeUpdate();
        }
    }
}
