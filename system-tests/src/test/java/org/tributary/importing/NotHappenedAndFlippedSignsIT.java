package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.tributary.importing.FileImportIT.clickHouseSum;
import static org.tributary.importing.FileImportIT.corpus;
import static org.tributary.importing.FileImportIT.importAndWait;
import static org.tributary.importing.FileImportIT.ledgerSum;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * Rows a bank marks declined, reverted or failed stay out of the ledger and the reports but are kept with their
 * status; a card export written from the issuer's side is turned round, or, where that is not sure, on the
 * person's word, which the source remembers (decision 34).
 */
class NotHappenedAndFlippedSignsIT {

    @Test
    void declinedRevertedAndFailedRowsAreCountedKeptRawAndLeftOutOfTheLedger() throws Exception {
        Api user = Api.signedInUser();
        byte[] file = Files.readAllBytes(corpus("csv/tributary-written/revolut-declined-reverted.csv"));

        JsonNode preview = json(user.upload("/api/v1/imports/preview", "revolut.csv", file, Map.of()));
        JsonNode run = importAndWait(user, "revolut.csv", file);

        assertThat(preview.path("notHappened").asInt()).isEqualTo(3);
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.path("imported").asInt()).isEqualTo(4);
        assertThat(run.path("notHappened").asInt()).isEqualTo(3);
        assertThat(run.path("rejected").asInt()).isZero();
        JsonNode items = json(user.get("/api/v1/transactions?size=20")).path("items");
        assertThat(items.findValuesAsText("description"))
                .containsExactlyInAnyOrder("Top-Up by *4821", "Lidl", "Rewe", "Bolt");
        assertThat(notHappened(run.path("importId").asText()))
                .containsExactly(
                        tuple(4, "DECLINED", "Steam Purchase"),
                        tuple(5, "REVERTED", "Uber Eats"),
                        tuple(6, "FAILED", "To Anna Petrova"));
        String userId = json(user.get("/api/v1/me")).path("id").asText();
        assertThat(ledgerSum(userId)).isEqualByComparingTo("435.48"); // the pending Bolt is not booked yet
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(clickHouseSum(userId)).isEqualByComparingTo(new BigDecimal("435.48")));
    }

    @Test
    void aCardExportFromTheIssuersSideIsTurnedRoundByItself() throws Exception {
        Api user = Api.signedInUser();
        byte[] file = Files.readAllBytes(corpus("csv/tributary-written/card-issuer-charges-positive.csv"));

        JsonNode preview = json(user.upload("/api/v1/imports/preview", "amex.csv", file, Map.of()));
        JsonNode run = importAndWait(user, "amex.csv", file);

        assertThat(preview.path("signs").path("upsideDown").asBoolean()).isTrue();
        assertThat(preview.path("signs").path("sure").asBoolean()).isTrue();
        assertThat(preview.path("signs").path("flipped").asBoolean()).isTrue();
        assertThat(preview.path("sample").get(0).path("amount").asText()).isEqualTo("-84.12");
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.path("flipSigns").asBoolean()).isTrue();
        assertThat(amounts(user))
                .contains(
                        tuple("WHOLEFDS MKT 10234 SEATTLE WA", "-84.12"),
                        tuple("AUTOPAY PAYMENT - THANK YOU", "612.88"));
    }

    @Test
    void whereTheSignsAreUnsureThePersonsAnswerTurnsThemAndTheSourceRemembersIt() throws Exception {
        Api user = Api.signedInUser();
        byte[] file = Files.readAllBytes(corpus("csv/tributary-written/card-issuer-unsure.csv"));
        String sourceId = json(user.post(
                        "/api/v1/sources", "{\"kind\":\"FILE\",\"provider\":\"upload\",\"name\":\"Discover\"}"))
                .path("id")
                .asText();

        JsonNode asked = json(user.upload("/api/v1/imports/preview", "discover.csv", file, Map.of()));
        JsonNode answered =
                json(user.upload("/api/v1/imports/preview", "discover.csv", file, Map.of("flipSigns", "true")));
        JsonNode first = importAndWait(user, "discover.csv", file, Map.of("sourceId", sourceId, "flipSigns", "true"));
        JsonNode next = importAndWait(
                user,
                "discover-april.csv",
                "Trans. Date,Post Date,Description,Amount\n04/02/2026,04/03/2026,SAFEWAY #1482 PORTLAND OR,31.07\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("sourceId", sourceId));

        assertThat(asked.path("signs").path("upsideDown").asBoolean()).isTrue();
        assertThat(asked.path("signs").path("sure").asBoolean()).isFalse();
        assertThat(asked.path("signs").path("flipped").asBoolean()).isFalse();
        assertThat(asked.path("sample").get(0).path("amount").asText()).isEqualTo("56.18");
        assertThat(answered.path("signs").path("flipped").asBoolean()).isTrue();
        assertThat(answered.path("sample").get(0).path("amount").asText()).isEqualTo("-56.18");
        assertThat(first.path("flipSigns").asBoolean()).as(first.toString()).isTrue();
        assertThat(next.path("flipSigns").asBoolean()).as(next.toString()).isTrue();
        assertThat(json(user.get("/api/v1/sources/" + sourceId))
                        .path("flipSigns")
                        .asBoolean())
                .isTrue();
        assertThat(amounts(user))
                .contains(
                        tuple("SAFEWAY #1482 PORTLAND OR", "-56.18"),
                        tuple("DIRECTPAY 0326 REF 88213", "520.00"),
                        tuple("SAFEWAY #1482 PORTLAND OR", "-31.07"));
        assertThat(user.upload("/api/v1/imports/preview", "discover.csv", file, Map.of("flipSigns", "maybe"))
                        .statusCode())
                .isEqualTo(400);
    }

    private static List<Tuple> amounts(Api user) {
        List<Tuple> amounts = new ArrayList<>();
        json(user.get("/api/v1/transactions?size=50"))
                .path("items")
                .forEach(item -> amounts.add(tuple(
                        item.path("description").asText(), item.path("amount").asText())));
        return amounts;
    }

    private static List<Tuple> notHappened(String importId) throws Exception {
        List<Tuple> rows = new ArrayList<>();
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query =
                        db.prepareStatement("select line_no, status, payload from raw_file.not_happened"
                                + " where import_id = ?::uuid order by line_no")) {
            query.setString(1, importId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    JsonNode cells = new ObjectMapper().readTree(row.getString(3));
                    rows.add(tuple(row.getInt(1), row.getString(2), cells.get(4).asText()));
                }
            }
        }
        return rows;
    }
}
