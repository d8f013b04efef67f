package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/** Uploading bank exports through the API into the ledger and ClickHouse, once each, nothing lost. */
public class FileImportIT {

    public static Path corpus(String file) {
        return Path.of(SystemUnderTest.property("it.corpus")).resolve(file);
    }

    public static JsonNode importAndWait(Api user, String fileName, byte[] content) {
        return importAndWait(user, fileName, content, Map.of());
    }

    public static JsonNode importAndWait(Api user, String fileName, byte[] content, Map<String, String> fields) {
        var accepted = user.upload("/api/v1/imports", fileName, content, fields);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(json(accepted).path("status").asText()).isEqualTo("QUEUED");
        String id = json(accepted).path("importId").asText();
        // A small file's import takes a few hundred milliseconds: polled every 200 ms, the suite's few hundred
        // imports spent tens of seconds waiting for their next look.
        return await().atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ofMillis(50))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> json(user.get("/api/v1/imports/" + id)),
                        run -> run.path("status").asText().matches("COMPLETED|FAILED"));
    }

    @Test
    void aBankExportIsImportedIntoTheLedgerAndClickHouseOnce() throws Exception {
        Api user = Api.signedInUser();
        byte[] file = Files.readAllBytes(corpus("csv/lloyds-ofxstatement/lloyds-uk-sample-statement.csv"));

        JsonNode first = importAndWait(user, "lloyds.csv", file);

        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(first.path("imported").asInt()).isEqualTo(12);
        assertThat(first.path("duplicates").asInt()).isZero();
        assertThat(first.path("rejected").asInt()).isZero();
        String userId = json(user.get("/api/v1/me")).path("id").asText();
        BigDecimal ledgerSum = ledgerSum(userId);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(clickHouseSum(userId)).isEqualByComparingTo(ledgerSum));

        JsonNode again = importAndWait(user, "lloyds-again.csv", file);

        assertThat(again.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("duplicates").asInt()).isEqualTo(12);
        assertThat(ledgerSum(userId)).isEqualByComparingTo(ledgerSum);
    }

    @Test
    void anMt940StatementIsImportedWithItsDebitsAndCredits() throws Exception {
        Api user = Api.signedInUser();
        byte[] file = Files.readAllBytes(corpus("mt940/wolph-mt940/jejik-abnamro.sta"));

        JsonNode run = importAndWait(user, "abnamro.sta", file);

        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.path("format").asText()).isEqualTo("mt940");
        assertThat(run.path("imported").asInt()).isEqualTo(10);
        assertThat(importAndWait(user, "abnamro-again.sta", file)
                        .path("duplicates")
                        .asInt())
                .isEqualTo(10);
    }

    @Test
    void overlappingExportsAddEachTransactionOnce() {
        Api user = Api.signedInUser();
        String header = "Date,Description,Amount\n";
        String january = "2024-01-05,Coffee Corner,-3.50\n2024-01-05,Coffee Corner,-3.50\n2024-01-20,Salary,2500.00\n";
        String overlap = "2024-01-20,Salary,2500.00\n2024-02-03,Groceries,-54.10\n";

        JsonNode first = importAndWait(user, "jan.csv", (header + january).getBytes(StandardCharsets.UTF_8));
        JsonNode second = importAndWait(
                user,
                "jan-feb.csv",
                (header + january + overlap.substring(overlap.indexOf('\n') + 1)).getBytes(StandardCharsets.UTF_8));

        assertThat(first.path("imported").asInt())
                .as("two identical coffees stay two")
                .isEqualTo(3);
        assertThat(second.path("imported").asInt()).isEqualTo(1);
        assertThat(second.path("duplicates").asInt()).isEqualTo(3);
    }

    @Test
    void aPartlyBadFileKeepsItsGoodRowsAndReportsTheBadOnesByLine() {
        Api user = Api.signedInUser();
        String csv = "Date,Description,Amount\n2024-03-01,Rent,-900.00\n2024-03-02,Lunch,twelve\n"
                + "2024-03-03,Bonus,300.00\nnot a date,Broken,-1.00\n";

        JsonNode run = importAndWait(user, "partly-bad.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(run.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.path("imported").asInt()).isEqualTo(2);
        assertThat(run.path("rejected").asInt()).isEqualTo(2);
        assertThat(run.path("errors").findValuesAsText("line")).containsExactly("3", "5");
        assertThat(run.path("errors").get(0).path("reason").asText()).contains("twelve");
        assertThat(run.path("errors").findValuesAsText("code")).containsExactly("unreadable-amount", "unreadable-date");
        assertThat(run.path("errors").get(0).path("arguments").get(0).asText()).isEqualTo("twelve");
    }

    @Test
    void whatIsNotAStatementIsRefusedAtOnceWithAReason() {
        Api user = Api.signedInUser();

        var empty = user.upload("/api/v1/imports", "empty.csv", new byte[0], Map.of());
        var binary = user.upload(
                "/api/v1/imports", "photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1, 2, 3, 0, 0, 0}, Map.of());
        var headerOnly = user.upload(
                "/api/v1/imports",
                "header.csv",
                "Date,Description,Amount\n".getBytes(StandardCharsets.UTF_8),
                Map.of());
        var noFile = user.send(user.request("/api/v1/imports")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--x--\r\n")));

        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(json(empty).path("code").asText()).isEqualTo("empty-file");
        assertThat(binary.statusCode()).isEqualTo(415);
        assertThat(headerOnly.statusCode()).isEqualTo(422);
        assertThat(json(headerOnly).path("detail").asText()).isNotBlank();
        assertThat(json(headerOnly).path("code").asText()).isNotBlank();
        assertThat(noFile.statusCode()).isEqualTo(400);
    }

    @Test
    void aFileOverTheSizeLimitIs413() {
        long limit = Long.parseLong(SystemUnderTest.property("it.import.max-bytes"));
        String row = "2024-01-01,Something very long to fill the file quickly,-1.00\n";
        byte[] large = ("Date,Description,Amount\n" + row.repeat((int) (limit / row.length()) + 10))
                .getBytes(StandardCharsets.UTF_8);

        var response = Api.signedInUser().upload("/api/v1/imports", "large.csv", large, Map.of());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("detail").asText()).contains("MB");
    }

    @Test
    void aFileWithFarMoreRowsThanTheLimitIs413AtOnce() {
        int limit = Integer.parseInt(SystemUnderTest.property("it.import.max-rows"));

        var response = Api.signedInUser().upload("/api/v1/imports", "many.csv", rows(limit + 1_000), Map.of());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("detail").asText()).contains("at most " + limit);
        assertThat(json(response).path("code").asText()).isEqualTo("too-many-rows");
    }

    @Test
    void aFileJustOverTheRowLimitFailsItsRunWithTheReasonAndStoresNothing() throws Exception {
        int limit = Integer.parseInt(SystemUnderTest.property("it.import.max-rows"));
        Api user = Api.signedInUser();

        JsonNode run = importAndWait(user, "just-over.csv", rows(limit + 1));

        assertThat(run.path("status").asText()).isEqualTo("FAILED");
        assertThat(run.path("failureReason").asText())
                .contains((limit + 1) + " rows")
                .contains("at most " + limit);
        assertThat(run.path("failureCode").asText()).isEqualTo("too-many-rows");
        assertThat(run.path("failureArguments").toString()).isEqualTo("[\"" + (limit + 1) + "\",\"" + limit + "\"]");
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query =
                        db.prepareStatement("select count(*) from transactions where import_id = ?")) {
            query.setObject(1, UUID.fromString(run.path("importId").asText()));
            try (ResultSet count = query.executeQuery()) {
                count.next();
                assertThat(count.getLong(1)).isZero();
            }
        }
    }

    private static byte[] rows(int count) {
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int i = 0; i < count; i++) {
            csv.append("2024-01-")
                    .append(String.format("%02d", i % 28 + 1))
                    .append(",Shop ")
                    .append(i)
                    .append(",-1.")
                    .append(String.format("%02d", i % 100))
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void thePreviewShowsWhatWasDetectedAndStoresNothing() throws Exception {
        Api user = Api.signedInUser();
        byte[] file = Files.readAllBytes(corpus("csv/lloyds-ofxstatement/lloyds-uk-sample-statement.csv"));

        var response = user.upload("/api/v1/imports/preview", "lloyds.csv", file, Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode preview = json(response);
        assertThat(preview.path("format").asText()).isEqualTo("csv");
        assertThat(preview.path("delimiter").asText()).isEqualTo(",");
        assertThat(preview.path("headerLine").asInt()).isEqualTo(1);
        assertThat(preview.path("columns").get(0).asText()).isEqualTo("Transaction Date");
        assertThat(preview.path("mapping").path("amount").path("debit").asText())
                .isEqualTo("Debit Amount");
        assertThat(preview.path("mapping").path("dateFormat").asText()).isEqualTo("DMY");
        assertThat(preview.path("sample").size()).isEqualTo(10);
        assertThat(preview.path("sample").get(0).path("amount").asText()).isEqualTo("-8.99");
        assertThat(json(user.get("/api/v1/transactions")).path("total").asInt()).isZero();
    }

    @Test
    void anotherUsersImportIsNotFound() {
        Api alice = Api.signedInUser();
        Api bob = Api.signedInUser();
        String id = json(alice.upload(
                        "/api/v1/imports",
                        "a.csv",
                        "Date,Description,Amount\n2024-01-01,X,-1.00\n".getBytes(StandardCharsets.UTF_8),
                        Map.of()))
                .path("importId")
                .asText();

        assertThat(bob.get("/api/v1/imports/" + id).statusCode()).isEqualTo(404);
        assertThat(bob.get("/api/v1/imports/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(alice.get("/api/v1/imports/" + id).statusCode()).isEqualTo(200);
    }

    public static BigDecimal ledgerSum(String userId) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement(
                        "select coalesce(sum(amount), 0) from transactions where user_id = ?::uuid and not pending")) {
            query.setString(1, userId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        }
    }

    public static BigDecimal clickHouseSum(String userId) throws Exception {
        try (var ch = SystemUnderTest.clickHouse();
                PreparedStatement query = ch.prepareStatement("SELECT sum(amount) FROM "
                        + SystemUnderTest.clickHouseDatabase() + ".ledger FINAL WHERE user_id = ?")) {
            query.setString(1, userId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBigDecimal(1) == null ? BigDecimal.ZERO : row.getBigDecimal(1);
            }
        }
    }
}
