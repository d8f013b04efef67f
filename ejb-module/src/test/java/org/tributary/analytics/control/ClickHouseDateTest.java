package org.tributary.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.yandex.clickhouse.ClickHouseDataSource;

/** {@link ClickHouseRepository#date} on what the real ClickHouse sends through the driver (bin/test starts it). */
class ClickHouseDateTest {

    private static final ClickHouseDataSource CLICKHOUSE = new ClickHouseDataSource("jdbc:clickhouse://127.0.0.1:"
            + System.getProperty("it.clickhouse.http.port", "18123")
            + "/default?use_server_time_zone=false&use_time_zone=UTC&compress=false");

    /** The column {@code day} of a one-row SELECT of the given expression. */
    private static LocalDate dayOf(String expression) throws SQLException {
        try (Connection connection = CLICKHOUSE.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT " + expression + " AS day")) {
            row.next();
            return ClickHouseRepository.date(row, "day");
        }
    }

    @Test
    void readsTheDayClickHouseWrites() throws SQLException {
        assertThat(dayOf("toDate('2025-02-28')")).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(dayOf("toDate('2000-01-01')")).isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void theZeroDateAndNullAreNoDay() throws SQLException {
        assertThat(dayOf("toDate(0)")).isNull();
        assertThat(dayOf("CAST(NULL AS Nullable(Date))")).isNull();
    }

    @Test
    void anythingElseIsAnError() {
        assertThatThrownBy(() -> dayOf("'2025-02-28 10:00:00'")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> dayOf("'2025-02-30'")).isInstanceOf(java.time.DateTimeException.class);
    }
}
