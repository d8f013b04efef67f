package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.tributary.platform.Api;
import org.tributary.platform.ServerProcess;
import org.tributary.platform.SystemUnderTest;

/**
 * WildFly killed with SIGKILL in the middle of a 200,000-row import and started again: the run resumes from
 * its last checkpoint and completes, and the ledger and ClickHouse hold each transaction exactly once. Uploads
 * whose requests were still waiting in the broker's journal at the kill are imported after the restart.
 */
@Isolated("kills and restarts the server")
public class ImportCrashIT {

    private static final int ROWS = 200_000;

    @Test
    void anImportInterruptedByAKilledServerResumesAndHoldsEachTransactionOnce() throws Exception {
        Api user = Api.signedInUser();
        String userId = json(user.get("/api/v1/me")).path("id").asText();
        Api another = Api.signedInUser();
        var accepted = user.upload("/api/v1/imports", "big.csv", statement(ROWS), Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        UUID importId = UUID.fromString(json(accepted).path("importId").asText());

        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> RunRows.number("select rows_read from import_runs where id = ?", importId) > 0);
        ServerProcess server = ServerProcess.running();
        List<UUID> waiting = new ArrayList<>();
        // Held back by the broker, these requests are in its journal only (a server never sends its own
        // again: decision 56), so after the restart they can arrive from nowhere else.
        server.pauseQueue(REQUESTS);
        try {
            for (int i = 0; i < 3; i++) {
                var small = another.upload("/api/v1/imports", "small-" + i + ".csv", smallStatement(i), Map.of());
                assertThat(small.statusCode()).as(small.body()).isEqualTo(202);
                waiting.add(UUID.fromString(json(small).path("importId").asText()));
            }
            server.kill();
        } finally {
            if (server.isAlive()) {
                server.resumeQueue(REQUESTS);
            }
        }
        int committedBeforeTheCrash = RunRows.number("select rows_read from import_runs where id = ?", importId);
        assertThat(committedBeforeTheCrash).as("killed in the middle").isBetween(1, ROWS - 1);
        assertThat(RunRows.text("select status from import_runs where id = ?", importId))
                .isEqualTo("RUNNING");
        for (UUID request : waiting) {
            assertThat(RunRows.text("select status from import_runs where id = ?", request))
                    .as("waiting in the journal at the kill")
                    .isEqualTo("QUEUED");
        }

        server.startAgain();

        completesWithEachRowOnce(importId, userId, ROWS);
        for (UUID request : waiting) {
            await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> RunRows.text("select status from import_runs where id = ?", request)
                            .matches("COMPLETED|FAILED"));
            assertThat(RunRows.text("select status || ':' || imported from import_runs where id = ?", request))
                    .isEqualTo("COMPLETED:3");
        }
    }

    /** The queue of import requests (wildfly-config/cli/30-messaging.cli). */
    private static final String REQUESTS = "etl-file";

    /** Three payments no other file of the test has. */
    private static byte[] smallStatement(int number) {
        return ("Date,Description,Amount\n2024-06-0" + (number + 1) + ",Held back " + number + " first,-1.50\n"
                        + "2024-06-1" + number + ",Held back " + number + " second,-2.50\n"
                        + "2024-06-2" + number + ",Held back " + number + " third,42.00\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The run ends COMPLETED, each of its rows is in the ledger, the raw records and the run's count once, and
     * ClickHouse comes to hold the same transactions and sum.
     */
    public static void completesWithEachRowOnce(UUID importId, String userId, int rows) throws Exception {
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> RunRows.text("select status from import_runs where id = ?", importId)
                        .matches("COMPLETED|FAILED"));
        assertThat(RunRows.text(
                        "select status || coalesce(failure_reason, '') from import_runs where id = ?", importId))
                .isEqualTo("COMPLETED");
        assertThat(RunRows.number("select count(*) from transactions where import_id = ?", importId))
                .isEqualTo(rows);
        assertThat(RunRows.number("select count(distinct fingerprint) from transactions where import_id = ?", importId))
                .isEqualTo(rows);
        assertThat(RunRows.number("select count(*) from raw_file.records where import_id = ?", importId))
                .isEqualTo(rows);
        assertThat(RunRows.number("select imported from import_runs where id = ?", importId))
                .as("counted once, replayed chunk or not")
                .isEqualTo(rows);
        assertThat(RunRows.number("select duplicates from import_runs where id = ?", importId))
                .isZero();
        BigDecimal ledgerSum = FileImportIT.ledgerSum(userId);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(clickHouseCount(userId)).isEqualTo(rows));
        assertThat(FileImportIT.clickHouseSum(userId)).isEqualByComparingTo(ledgerSum);
    }

    /** A CSV of so many distinct payments at 211 shops in 2023. */
    public static byte[] statement(int rows) {
        StringBuilder csv = new StringBuilder(rows * 48).append("Date,Description,Amount\n");
        for (int i = 0; i < rows; i++) {
            csv.append("2023-")
                    .append(String.format("%02d-%02d", i % 12 + 1, i % 28 + 1))
                    .append(",Shop ")
                    .append(i % 211)
                    .append(" order ")
                    .append(i)
                    .append(",-")
                    .append(i % 500 + 1)
                    .append('.')
                    .append(String.format("%02d", i % 100))
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The user's transactions in ClickHouse, each counted once. */
    public static long clickHouseCount(String userId) throws Exception {
        try (var ch = SystemUnderTest.clickHouse();
                PreparedStatement query = ch.prepareStatement("SELECT count() FROM "
                        + SystemUnderTest.clickHouseDatabase() + ".ledger FINAL WHERE user_id = ?")) {
            query.setString(1, userId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
