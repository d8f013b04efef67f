package org.tributary.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClickHouseDateTest {

    /** A row whose every column reads as the given text, as the driver hands ClickHouse's text format over. */
    private static ResultSet rowOf(String text) {
        return (ResultSet) Proxy.newProxyInstance(
                ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getString")) {
                        return text;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void readsTheDayClickHouseWrites() throws SQLException {
        assertThat(ClickHouseRepository.date(rowOf("2025-02-28"), "day")).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(ClickHouseRepository.date(rowOf("2000-01-01"), "day")).isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void theZeroDateAndNullAreNoDay() throws SQLException {
        assertThat(ClickHouseRepository.date(rowOf("0000-00-00"), "day")).isNull();
        assertThat(ClickHouseRepository.date(rowOf(null), "day")).isNull();
    }

    @Test
    void anythingElseIsAnError() {
        assertThatThrownBy(() -> ClickHouseRepository.date(rowOf("2025-02-28 10:00:00"), "day"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> ClickHouseRepository.date(rowOf("2025-02-30"), "day"))
                .isInstanceOf(java.time.DateTimeException.class);
    }
}
