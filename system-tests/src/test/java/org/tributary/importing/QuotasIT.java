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
 * Each person's quota of stored bytes and of rows (413 with a code past either), and a byte-identical file
 * kept once, even after the upload that holds its bytes goes with its source (decision 42).
 */
class QuotasIT {

    @Test
    void anIdenticalFileIsKeptOnceAndUploadsPastAQuotaAreRefusedWith413() throws Exception {
        Api user = Api.signedInUser();
        String userId = json(user.get("/api/v1/me")).path("id").asText();
        String a = statement("first");
        String b = statement("second");
        execute("update users set quota_stored_bytes = " + (a.length() + b.length() + 100) + " where id = '" + userId
                + "'");

        UUID first = imported(user, "a.csv", a, Map.of("sourceName", "Kept once"));
        UUID again = imported(user, "a-again.csv", a, Map.of("sourceName", "Kept once too"));
        assertThat(count("select count(*) from raw_file.uploads where user_id = '" + userId
                        + "' and content is not null"))
                .as("the identical file is stored once")
                .isEqualTo(1);
        assertThat(count("select count(*) from raw_file.uploads where import_id = '" + again + "' and same_as = '"
                        + first + "' and content is null"))
                .isEqualTo(1);
        assertThat(user.get("/api/v1/imports/" + again + "/file").body()).isEqualTo(a);

        imported(user, "b.csv", b, Map.of());
        var past = user.upload("/api/v1/imports", "c.csv", bytes(statement("third")), Map.of());
        assertThat(past.statusCode()).as(past.body()).isEqualTo(413);
        assertThat(past.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(past).path("code").asText()).isEqualTo("quota-bytes");
        assertThat(json(past).path("detail").asText()).contains("MB");

        // The same bytes once more take no room: still accepted.
        imported(user, "a-third.csv", a, Map.of());

        // The upload holding the bytes goes with its source: the identical one keeps them.
        String firstSource =
                json(user.get("/api/v1/imports/" + first)).path("sourceId").asText();
        assertThat(user.delete("/api/v1/sources/" + firstSource).statusCode()).isEqualTo(204);
        var kept = user.get("/api/v1/imports/" + again + "/file");
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.body()).isEqualTo(a);

        long held = count("select count(*) from transactions where user_id = '" + userId + "'");
        execute("update users set quota_stored_bytes = null, quota_rows = " + held + " where id = '" + userId + "'");
        var full = user.upload("/api/v1/imports", "d.csv", bytes(statement("fourth")), Map.of());
        assertThat(full.statusCode()).as(full.body()).isEqualTo(413);
        assertThat(json(full).path("code").asText()).isEqualTo("quota-rows");
        assertThat(json(full).path("detail").asText()).contains(Long.toString(held));
    }

    private static UUID imported(Api user, String name, String text, Map<String, String> fields) {
        var accepted = user.upload("/api/v1/imports", name, bytes(text), fields);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        UUID importId = UUID.fromString(json(accepted).path("importId").asText());
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> json(user.get("/api/v1/imports/" + importId))
                        .path("status")
                        .asText()
                        .matches("COMPLETED|FAILED"));
        return importId;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String statement(String tag) {
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int i = 1; i <= 20; i++) {
            csv.append("2024-05-")
                    .append(String.format("%02d", i))
                    .append(",Quota ")
                    .append(tag)
                    .append(' ')
                    .append(i)
                    .append(",-")
                    .append(i)
                    .append(".25\n");
        }
        return csv.toString();
    }

    private static void execute(String sql) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static long count(String sql) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
