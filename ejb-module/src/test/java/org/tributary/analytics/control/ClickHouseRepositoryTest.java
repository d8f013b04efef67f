package org.tributary.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The repository's table placeholders and the choice of driver (decision 37). */
class ClickHouseRepositoryTest {

    @Test
    void placeholdersNameTheDatabasesTables() {
        assertThat(ClickHouseRepository.tables(
                        "SELECT 1 FROM {ledger} JOIN {ledger_unmerged} USING x JOIN {daily} USING y", "t1"))
                .isEqualTo("SELECT 1 FROM t1.ledger FINAL JOIN t1.ledger USING x JOIN t1.daily_totals USING y");
    }

    @Test
    void theDriverIsConfiguration() {
        assertThat(ClickHouseProducer.insert("legacy")).isInstanceOf(LegacyDriverInsert.class);
        assertThat(ClickHouseProducer.insert("standard")).isInstanceOf(StandardJdbcInsert.class);
        assertThatThrownBy(() -> ClickHouseProducer.insert("jdbc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("legacy or standard");
    }
}
