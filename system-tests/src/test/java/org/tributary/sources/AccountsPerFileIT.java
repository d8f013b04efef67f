package org.tributary.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.importing.FileImportIT.corpus;
import static org.tributary.importing.FileImportIT.importAndWait;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * One source per bank account (decision 27): a file's account picks its source or makes one; each source
 * lists its files; undoing one file takes exactly its rows out of the ledger and the reports.
 */
class AccountsPerFileIT {

    private static final String DKB_2023 = "csv/dkb-beancount-dkb/dkb-giro-v2-2023-semicolon.csv";
    private static final String DKB_2023_COMMA = "csv/dkb-beancount-dkb/dkb-giro-v2-2023-comma.csv";
    private static final String DKB_2018 = "csv/dkb-beancount-dkb/dkb-giro-v1-pre2023.csv";
    private static final String USD_OFX = "ofx/ofxparse/checking.ofx";
    private static final String CHF_CAMT = "camt052/genkgo-camt/camt052.v4.xml";

    @Test
    void aEuroADollarAndAFrancAccountBecomeThreeSourcesAndTheSameAccountsNextFileJoinsItsOwn() throws Exception {
        Api user = Api.signedInUser();

        JsonNode preview = json(user.upload("/api/v1/imports/preview", "dkb.csv", bytes(DKB_2023), Map.of()));
        assertThat(preview.path("account").path("lastFour").asText()).isEqualTo("9999");
        assertThat(preview.path("account").path("sourceId").asText(""))
                .as("a new source")
                .isEmpty();
        assertThat(preview.path("account").path("sourceName").asText()).isEqualTo("DE ···9999");
        assertThat(preview.toString()).as("the whole IBAN never leaves").doesNotContain("DE99999999999999999999");

        JsonNode euro = completed(importAndWait(user, "dkb.csv", bytes(DKB_2023)));
        JsonNode dollar = completed(importAndWait(user, "checking.ofx", bytes(USD_OFX)));
        JsonNode franc = completed(importAndWait(user, "ubs.xml", bytes(CHF_CAMT)));

        JsonNode sources = json(user.get("/api/v1/sources"));
        assertThat(sources).hasSize(3);
        assertThat(sources.findValuesAsText("accountEnding")).containsExactlyInAnyOrder("9999", "87~7", "6789");
        assertThat(sources.findValuesAsText("id"))
                .containsExactlyInAnyOrder(
                        euro.path("sourceId").asText(),
                        dollar.path("sourceId").asText(),
                        franc.path("sourceId").asText());
        assertThat(sources.toString()).contains("\"USD\"", "\"CHF\"").doesNotContain("CH2801234000123456789");

        JsonNode again = json(user.upload("/api/v1/imports/preview", "dkb-2018.csv", bytes(DKB_2018), Map.of()));
        assertThat(again.path("account").path("sourceId").asText())
                .isEqualTo(euro.path("sourceId").asText());
        JsonNode older = completed(importAndWait(user, "dkb-2018.csv", bytes(DKB_2018)));
        assertThat(older.path("sourceId").asText())
                .isEqualTo(euro.path("sourceId").asText());
        assertThat(json(user.get("/api/v1/sources"))).hasSize(3);

        JsonNode files =
                json(user.get("/api/v1/imports?source=" + euro.path("sourceId").asText()));
        assertThat(files.findValuesAsText("fileName")).containsExactly("dkb-2018.csv", "dkb.csv");
        assertThat(files.get(0).path("firstBooked").asText()).startsWith("2018-01");
        assertThat(files.get(1).path("firstBooked").asText()).isEqualTo("2023-06-01");
    }

    @Test
    void aFileIsNotPutIntoTheSourceOfAnotherAccount() throws Exception {
        Api user = Api.signedInUser();
        JsonNode euro = completed(importAndWait(user, "dkb.csv", bytes(DKB_2023)));

        var refused = user.upload(
                "/api/v1/imports",
                "checking.ofx",
                bytes(USD_OFX),
                Map.of("sourceId", euro.path("sourceId").asText()));

        assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
        assertThat(refused.body()).contains("9999", "87~7");
    }

    @Test
    void undoingAFileTakesOutItsRowsEverywhereAndLeavesTheOthers() throws Exception {
        Api user = Api.signedInUser();
        String userId = json(user.get("/api/v1/me")).path("id").asText();
        JsonNode euro = completed(importAndWait(user, "dkb.csv", bytes(DKB_2023)));
        JsonNode dollar = completed(importAndWait(user, "checking.ofx", bytes(USD_OFX)));
        int dollars = dollar.path("imported").asInt();
        assertThat(dollars).isPositive();
        await().atMost(Duration.ofSeconds(30)).until(() -> liveInClickHouse(userId, dollar) == dollars);

        JsonNode undone =
                json(user.post("/api/v1/imports/" + dollar.path("importId").asText() + "/undo", ""));

        assertThat(undone.path("undoneAt").asText("")).as(undone.toString()).isNotBlank();
        assertThat(json(user.get("/api/v1/transactions?source="
                                + dollar.path("sourceId").asText() + "&size=100"))
                        .path("total")
                        .asInt())
                .isZero();
        assertThat(liveInClickHouse(userId, dollar)).isZero();
        assertThat(json(user.get("/api/v1/reports/by-category?from=2011-01-01&to=2011-12-31"))
                        .path("rows"))
                .isEmpty();
        assertThat(json(user.get("/api/v1/transactions?source="
                                + euro.path("sourceId").asText()))
                        .path("total")
                        .asInt())
                .isEqualTo(euro.path("imported").asInt());
        assertThat(json(user.get("/api/v1/reports/by-category?from=2023-01-01&to=2023-12-31"))
                        .path("rows"))
                .isNotEmpty();

        var twice = user.post("/api/v1/imports/" + dollar.path("importId").asText() + "/undo", "");
        assertThat(twice.statusCode()).isEqualTo(200);
        assertThat(Api.signedInUser()
                        .post("/api/v1/imports/" + euro.path("importId").asText() + "/undo", "")
                        .statusCode())
                .as("another user's import")
                .isEqualTo(404);
    }

    @Test
    void rowsALaterFileAlsoHeldStayWhenTheFirstFileIsUndone() throws Exception {
        Api user = Api.signedInUser();
        JsonNode first = completed(importAndWait(user, "dkb.csv", bytes(DKB_2023)));
        JsonNode second = completed(importAndWait(user, "dkb-comma.csv", bytes(DKB_2023_COMMA)));
        int rows = first.path("imported").asInt();
        assertThat(second.path("imported").asInt()).isZero();
        assertThat(second.path("duplicates").asInt()).isEqualTo(rows);

        user.post("/api/v1/imports/" + first.path("importId").asText() + "/undo", "");

        String source = first.path("sourceId").asText();
        assertThat(json(user.get("/api/v1/transactions?source=" + source))
                        .path("total")
                        .asInt())
                .isEqualTo(rows);
        JsonNode heir =
                json(user.get("/api/v1/imports/" + second.path("importId").asText()));
        assertThat(heir.path("imported").asInt()).isEqualTo(rows);
        assertThat(heir.path("duplicates").asInt()).isZero();

        user.post("/api/v1/imports/" + second.path("importId").asText() + "/undo", "");

        assertThat(json(user.get("/api/v1/transactions?source=" + source))
                        .path("total")
                        .asInt())
                .isZero();
    }

    private static JsonNode completed(JsonNode run) {
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        return run;
    }

    private static byte[] bytes(String file) throws Exception {
        return Files.readAllBytes(corpus(file));
    }

    /** The import's source's rows that the reports count (latest version not deleted). */
    private static long liveInClickHouse(String userId, JsonNode run) throws Exception {
        try (var ch = SystemUnderTest.clickHouse();
                PreparedStatement query = ch.prepareStatement("SELECT count() FROM "
                        + SystemUnderTest.clickHouseDatabase()
                        + ".ledger FINAL WHERE user_id = ? AND toString(source_id) = ? AND deleted = 0")) {
            query.setString(1, userId);
            query.setString(2, run.path("sourceId").asText());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
