package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * A small import is not held behind big ones: while two people's large files (about 11 MB, so they take turns among large ones) are being loaded, a third
 * person's file of a few hundred rows is completed, both large ones still running; then they complete too,
 * every row once.
 */
class ImportLanesIT {

    private static final int BIG = 200_000; // the test server allows 210,000 rows a file
    private static final int SMALL = 300;

    @Test
    void aSmallImportCompletesWhileTwoLargeOnesAreStillRunning() throws Exception {
        UUID first = upload(Api.signedInUser(), statement(BIG, "Grocer"));
        UUID second = upload(Api.signedInUser(), statement(BIG, "Garage"));
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> rowsRead(first) > 0 && rowsRead(second) > 0);

        UUID small = upload(Api.signedInUser(), statement(SMALL, "Bakery"));
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> status(small).matches("COMPLETED|FAILED"));
        String firstMeanwhile = status(first);
        String secondMeanwhile = status(second);

        assertThat(status(small)).isEqualTo("COMPLETED");
        assertThat(intOf("select imported from import_runs where id = ?", small))
                .isEqualTo(SMALL);
        assertThat(firstMeanwhile)
                .as("the first large import, when the small one was done")
                .isEqualTo("RUNNING");
        assertThat(secondMeanwhile)
                .as("the second large import, when the small one was done")
                .isEqualTo("RUNNING");

        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> status(first).matches("COMPLETED|FAILED")
                        && status(second).matches("COMPLETED|FAILED"));
        for (UUID big : new UUID[] {first, second}) {
            assertThat(status(big)).isEqualTo("COMPLETED");
            assertThat(intOf("select count(distinct fingerprint) from transactions where import_id = ?", big))
                    .isEqualTo(BIG);
        }
    }

    private static UUID upload(Api user, byte[] file) {
        var accepted = user.upload("/api/v1/imports", "statement.csv", file, Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return UUID.fromString(json(accepted).path("importId").asText());
    }

    private static byte[] statement(int rows, String shop) {
        StringBuilder csv = new StringBuilder(rows * 48).append("Date,Description,Amount\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.format(
                    "2023-%02d-%02d,%s %d card payment order %d,-%d.%02d%n",
                    i % 12 + 1, i % 28 + 1, shop, i % 97, i, i % 400 + 1, i % 100));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int rowsRead(UUID id) throws Exception {
        return intOf("select rows_read from import_runs where id = ?", id);
    }

    private static String status(UUID id) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement("select status from import_runs where id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static int intOf(String sql, UUID id) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
