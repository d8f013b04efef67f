package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/** Money moved between the user's own accounts is a transfer on both sides, in the ledger and in ClickHouse. */
class TransferIT {

    @Test
    void aDebitInOneAccountAndTheMatchingCreditInAnotherBecomeATransfer() throws Exception {
        Api user = Api.signedInUser();
        String giro = source(user, "Giro");
        String savings = source(user, "Savings");
        upload(user, giro, "Date,Description,Amount\n2024-03-01,To savings,-500.00\n2024-03-01,Coffee,-3.00\n");

        upload(user, savings, "Date,Description,Amount\n2024-03-02,From giro,500.00\n2024-03-05,Interest,1.20\n");

        var transfers = json(user.get("/api/v1/transactions?type=TRANSFER"));
        assertThat(transfers.path("total").asInt()).isEqualTo(2);
        assertThat(transfers.path("items").findValuesAsText("amount")).containsExactlyInAnyOrder("-500.00", "500.00");
        assertThat(json(user.get("/api/v1/transactions?type=EXPENSE"))
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        String userId = json(user.get("/api/v1/me")).path("id").asText();
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(clickHouseTransfers(userId)).isEqualTo(2));
    }

    @Test
    void equalAmountsInTheSameAccountOrTooFarApartAreNotTransfers() {
        Api user = Api.signedInUser();
        String giro = source(user, "Giro");
        String card = source(user, "Card");
        upload(user, giro, "Date,Description,Amount\n2024-03-01,Refund,20.00\n2024-03-01,Shop,-20.00\n");

        upload(user, card, "Date,Description,Amount\n2024-03-20,Payment,20.00\n");

        assertThat(json(user.get("/api/v1/transactions?type=TRANSFER"))
                        .path("total")
                        .asInt())
                .isZero();
    }

    @Test
    void aLargeImportIsMatchedWithFreshPlannerStatistics() throws Exception {
        Api user = Api.signedInUser();
        String giro = source(user, "Giro");
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int i = 0; i < 12_000; i++) {
            csv.append(
                    String.format("2024-%02d-%02d,Shop %d,-%d.%02d%n", 1 + i % 12, 1 + i % 28, i, 1 + i % 90, i % 100));
        }
        long analysedBefore = analyses();

        upload(user, giro, csv.toString());

        // PostgreSQL publishes a backend's statistics within a second or so of its transaction's end.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(analyses())
                        .as("statistics refreshed before pairing (stale ones made PostgreSQL pair a new user's rows"
                                + " in a nested loop)")
                        .isGreaterThan(analysedBefore));
    }

    private static long analyses() throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement(
                        "select analyze_count from pg_stat_user_tables where relname = 'transactions'");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String source(Api user, String name) {
        return json(user.post("/api/v1/sources", "{\"kind\":\"FILE\",\"name\":\"" + name + "\"}"))
                .path("id")
                .asText();
    }

    private static void upload(Api user, String source, String csv) {
        var accepted = user.upload(
                "/api/v1/imports", "x.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of("sourceId", source));
        String id = json(accepted).path("importId").asText();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> json(user.get("/api/v1/imports/" + id))
                        .path("status")
                        .asText()
                        .equals("COMPLETED"));
    }

    private static long clickHouseTransfers(String userId) throws Exception {
        try (var ch = SystemUnderTest.clickHouse();
                PreparedStatement query =
                        ch.prepareStatement("SELECT count() FROM " + SystemUnderTest.clickHouseDatabase()
                                + ".ledger FINAL WHERE user_id = ? AND type = 'TRANSFER'")) {
            query.setString(1, userId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
