package org.tributary.analytics.control;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The bulk insert through plain JDBC, for the current {@code com.clickhouse} driver: it takes an
 * {@code INSERT … FORMAT} statement's data as the one parameter, streamed (decision 37).
 */
final class StandardJdbcInsert implements ClickHouseRepository.TabSeparatedInsert {

    @Override
    public void insert(Connection connection, String table, InputStream rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " FORMAT TabSeparated")) {
            insert.setBinaryStream(1, rows);
            insert.executeUpdate();
        }
    }
}
