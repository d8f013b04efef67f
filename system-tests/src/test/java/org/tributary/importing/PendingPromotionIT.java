package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.importing.FileImportIT.clickHouseSum;
import static org.tributary.importing.FileImportIT.importAndWait;
import static org.tributary.importing.FileImportIT.ledgerSum;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * A pending card payment whose booked twin arrives in a later file (same account, same date, amount and
 * text, so the same fingerprint) becomes booked in the ledger's one write path, and so reaches the reports;
 * it is not left pending beside a duplicate (decisions 34 and 37).
 */
class PendingPromotionIT {

    @Test
    void aPendingRowIsPromotedWhenItsBookedTwinArrives() throws Exception {
        Api user = Api.signedInUser();
        String userId = json(user.get("/api/v1/me")).path("id").asText();
        String account = json(user.post(
                        "/api/v1/sources", "{\"kind\":\"FILE\",\"provider\":\"upload\",\"name\":\"Card\"}"))
                .path("id")
                .asText();
        String header = "Date,Description,Amount,Currency,State\n";

        JsonNode first = importAndWait(
                user,
                "monday.csv",
                bytes(header + "2026-03-08,Rewe,-41.05,EUR,COMPLETED\n2026-03-09,Bolt,-9.80,EUR,PENDING\n"),
                Map.of("sourceId", account));
        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(pending(userId)).as("Bolt is pending").isEqualTo(1);
        assertThat(ledgerSum(userId)).isEqualByComparingTo("-41.05");

        JsonNode second = importAndWait(
                user,
                "tuesday.csv",
                bytes(header + "2026-03-08,Rewe,-41.05,EUR,COMPLETED\n2026-03-09,Bolt,-9.80,EUR,COMPLETED\n"),
                Map.of("sourceId", account));

        assertThat(second.path("status").asText()).as(second.toString()).isEqualTo("COMPLETED");
        assertThat(second.path("imported").asInt()).as("nothing stored twice").isZero();
        assertThat(rows(userId)).isEqualTo(2);
        assertThat(pending(userId)).as("Bolt is booked now").isZero();
        assertThat(ledgerSum(userId)).isEqualByComparingTo("-50.85");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(clickHouseSum(userId)).isEqualByComparingTo(new BigDecimal("-50.85")));
    }

    private static long pending(String userId) throws Exception {
        return count("select count(*) from transactions where user_id = ?::uuid and pending", userId);
    }

    private static long rows(String userId) throws Exception {
        return count("select count(*) from transactions where user_id = ?::uuid", userId);
    }

    private static long count(String sql, String userId) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, userId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
