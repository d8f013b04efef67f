package org.tributary.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Finding the rows ClickHouse refuses in a batch, so that the others are written (decision 37). */
class RefusedRowsTest {

    private final List<List<Integer>> inserted = new ArrayList<>();

    @Test
    void aBatchClickHouseTakesIsOneInsert() throws SQLException {
        RefusedRows.Outcome<Integer> outcome = RefusedRows.insert(rows(100), refusing(-1), () -> {});

        assertThat(outcome.taken()).hasSize(100);
        assertThat(outcome.refused()).isEmpty();
        assertThat(inserted).hasSize(1);
    }

    @Test
    void oneRefusedRowIsFoundByHalvingAndTheOthersGo() throws SQLException {
        RefusedRows.Outcome<Integer> outcome = RefusedRows.insert(rows(10_000), refusing(4_321), () -> {});

        assertThat(outcome.refused()).containsExactly(4_321);
        assertThat(outcome.taken()).hasSize(9_999).doesNotContain(4_321);
        assertThat(outcome.lastError()).isEqualTo("Too large value for FixedString(3)");
        assertThat(inserted).as("inserts tried").hasSizeLessThanOrEqualTo(2 * 14 + 1);
    }

    @Test
    void twoRefusedRowsAreBothFound() throws SQLException {
        RefusedRows.Outcome<Integer> outcome = RefusedRows.insert(rows(9), refusing(0, 8), () -> {});

        assertThat(outcome.refused()).containsExactly(0, 8);
        assertThat(outcome.taken()).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void clickHouseAwayIsNoRefusal() {
        assertThatThrownBy(() -> RefusedRows.insert(rows(10), refusing(3), () -> {
                    throw new SQLException("Connection refused");
                }))
                .hasMessage("Connection refused");
    }

    @Test
    void nothingToWriteIsNoInsert() throws SQLException {
        RefusedRows.Outcome<Integer> outcome = RefusedRows.insert(List.of(), refusing(), () -> {});

        assertThat(outcome.taken()).isEmpty();
        assertThat(inserted).isEmpty();
    }

    private RefusedRows.Insert<Integer> refusing(Integer... bad) {
        List<Integer> refused = List.of(bad);
        return rows -> {
            inserted.add(rows);
            if (rows.stream().anyMatch(refused::contains)) {
                throw new SQLException("Too large value for FixedString(3)");
            }
        };
    }

    private static List<Integer> rows(int n) {
        return IntStream.range(0, n).boxed().toList();
    }
}
