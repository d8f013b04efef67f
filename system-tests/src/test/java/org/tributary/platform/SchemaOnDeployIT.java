package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The deployment brought both databases to the schema this build expects. */
class SchemaOnDeployIT {

    @Test
    void flywayAppliedEveryPostgresMigration() throws Exception {
        try (var db = SystemUnderTest.postgres();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) filter (where not success), max(version::int) from flyway_schema_history"
                                + " where version <> '0'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).as("failed migrations").isZero();
            assertThat(rows.getInt(2)).as("schema version").isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void theClickHouseLedgerTableExistsWithItsEngine() throws Exception {
        try (var ch = SystemUnderTest.clickHouse();
                Statement statement = ch.createStatement();
                ResultSet rows = statement.executeQuery("SELECT engine FROM system.tables WHERE database = '"
                        + SystemUnderTest.clickHouseDatabase() + "' AND name = 'ledger'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("ReplacingMergeTree");
        }
    }
}
