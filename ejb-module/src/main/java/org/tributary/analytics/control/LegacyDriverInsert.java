package org.tributary.analytics.control;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import ru.yandex.clickhouse.ClickHouseConnection;
import ru.yandex.clickhouse.ClickHouseStatement;
import ru.yandex.clickhouse.domain.ClickHouseFormat;

/**
 * The bulk insert of the legacy {@code ru.yandex.clickhouse} driver (0.2.x, the one that speaks to
 * ClickHouse 18.16): its own write API, because its PreparedStatement cannot take a stream. The only class
 * that imports the driver.
 */
final class LegacyDriverInsert implements ClickHouseRepository.TabSeparatedInsert {

    @Override
    public void insert(Connection connection, String table, InputStream rows) throws SQLException {
        try (ClickHouseStatement insert =
                connection.unwrap(ClickHouseConnection.class).createStatement()) {
            insert.write()
                    .table(table)
                    .format(ClickHouseFormat.TabSeparated)
                    .data(rows)
                    .send();
        }
    }
}
