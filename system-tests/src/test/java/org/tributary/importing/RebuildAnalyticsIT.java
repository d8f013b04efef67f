package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/** bin/rebuild-analytics repopulates ClickHouse from the ledger in PostgreSQL, to the cent. */
@Isolated("rebuilds every user's ClickHouse copy")
class RebuildAnalyticsIT {

    @Test
    void theRebuiltTableHoldsExactlyTheLedgersBookedTransactions() throws Exception {
        Api user = Api.signedInUser();
        String userId = SystemUnderTest.json(user.get("/api/v1/me")).path("id").asText();
        FileImportIT.importAndWait(
                user,
                "rebuild.csv",
                "Date,Description,Amount\n2024-07-01,Tea,-2.35\n2024-07-02,Gift,40.00\n"
                        .getBytes(StandardCharsets.UTF_8));

        ProcessBuilder rebuild = new ProcessBuilder(Path.of(SystemUnderTest.property("it.clickhouse.control"))
                        .resolveSibling("rebuild-analytics")
                        .toString())
                .inheritIO();
        rebuild.environment()
                .putAll(Map.of(
                        "TRIBUTARY_PG_URL",
                                SystemUnderTest.property("it.db.url")
                                        .replace(
                                                "jdbc:postgresql://",
                                                "postgresql://" + SystemUnderTest.property("it.db.user") + ":"
                                                        + SystemUnderTest.property("it.db.password") + "@"),
                        "TRIBUTARY_CLICKHOUSE_DATABASE", SystemUnderTest.clickHouseDatabase()));
        assertThat(rebuild.start().waitFor()).isZero();

        assertThat(clickHouseTotal()).isEqualByComparingTo(ledgerTotal());
        assertThat(FileImportIT.clickHouseSum(userId)).isEqualByComparingTo(new BigDecimal("37.65"));
        var report = user.get("/api/v1/reports/balance?from=2024-07-01&to=2024-07-31&interval=month");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(new BigDecimal(SystemUnderTest.json(report)
                        .path("rows")
                        .path(0)
                        .path("net")
                        .asText()))
                .as("the reports read the rebuilt table")
                .isEqualByComparingTo(new BigDecimal("37.65"));
    }

    private static BigDecimal ledgerTotal() throws Exception {
        try (var db = SystemUnderTest.postgres();
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(
                        "select coalesce(sum(round(amount, 2)), 0) from transactions where not pending")) {
            row.next();
            return row.getBigDecimal(1);
        }
    }

    private static BigDecimal clickHouseTotal() throws Exception {
        try (var ch = SystemUnderTest.clickHouse();
                Statement statement = ch.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT sum(amount) FROM " + SystemUnderTest.clickHouseDatabase() + ".ledger FINAL")) {
            row.next();
            return row.getBigDecimal(1) == null ? BigDecimal.ZERO : row.getBigDecimal(1);
        }
    }
}
