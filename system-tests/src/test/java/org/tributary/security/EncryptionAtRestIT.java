package org.tributary.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;
import org.tributary.platform.Api;
import org.tributary.platform.ServerProcess;
import org.tributary.platform.SystemUnderTest;

/**
 * Raw statement files sealed at rest, the key rotation of files and sources' credentials, the give-up of an
 * import interrupted too often, and the refusal to start without the secrets that have no production default
 * (decision 42). The second test restarts the server four times with other keys and settings, and leaves it
 * as it found it (with the test's own key beside the original one).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Isolated("restarts the server with other keys")
class EncryptionAtRestIT {

    private static final String MARKER = "Bäckerei Sonnenschein";

    @Test
    @Order(1)
    void theStoredFileIsSealedAndStillImportsPreviewsDownloadsAndUndoes() throws Exception {
        Api user = Api.signedInUser();
        String text = statement(UUID.randomUUID().toString());
        byte[] file = text.getBytes(StandardCharsets.UTF_8);

        var preview = user.upload("/api/v1/imports/preview", "bakery.csv", file, Map.of());
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("Sonnenschein");
        UUID importId = user.importCompleted("bakery.csv", file);

        byte[] stored = bytesOf("select content from raw_file.uploads where import_id = ?", importId);
        assertThat(stored).isNotEqualTo(file);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain("Sonnenschein")
                .doesNotContain("Date,Description");
        assertThat(stringOf("select sealed_with from raw_file.uploads where import_id = ?", importId))
                .isEqualTo(System.getenv().getOrDefault("TRIBUTARY_ENCRYPTION_ACTIVE_KEY", "k1"));

        var download = user.get("/api/v1/imports/" + importId + "/file");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(text);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        value -> assertThat(value).startsWith("attachment;").contains("bakery.csv"));
        assertThat(Api.signedInUser()
                        .get("/api/v1/imports/" + importId + "/file")
                        .statusCode())
                .as("another person's file")
                .isEqualTo(404);

        var undone = user.post("/api/v1/imports/" + importId + "/undo", "");
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(intOf("select count(*) from transactions where import_id = ?", importId))
                .isZero();
    }

    @Test
    @Order(2)
    void rotationResealsFilesAndCredentialsSoTheOldKeyCanGoAndPoisonImportsAreGivenUp() throws Exception {
        Api user = Api.signedInUser();
        String sealedText = statement("sealed " + UUID.randomUUID());
        UUID sealedFile = user.importCompleted("sealed.csv", sealedText.getBytes(StandardCharsets.UTF_8));
        String plainText = statement("plain " + UUID.randomUUID());
        UUID plainFile = user.importCompleted("plain.csv", plainText.getBytes(StandardCharsets.UTF_8));
        // A file stored before sealing (V24): the plain bytes and no key.
        try (var db = SystemUnderTest.postgres();
                PreparedStatement update = db.prepareStatement(
                        "update raw_file.uploads set content = ?, sealed_with = null where import_id = ?")) {
            update.setBytes(1, plainText.getBytes(StandardCharsets.UTF_8));
            update.setObject(2, plainFile);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        var source = user.post(
                "/api/v1/sources",
                "{\"kind\":\"BANK_API\",\"provider\":\"demo-bank\",\"name\":\"Rotated\","
                        + "\"credentials\":{\"token\":\"t-" + UUID.randomUUID() + "\"}}");
        assertThat(source.statusCode()).isEqualTo(201);
        String sourceId = json(source).path("id").asText();

        // Two runs as a crash leaves them, RUNNING from before the boot: one already taken up three times
        // (every time the server went down again), one never.
        UUID poison = user.importCompleted(
                "poison.csv", statement("poison " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        UUID once = user.importCompleted(
                "once.csv", statement("once " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        interrupted(poison, 3);
        interrupted(once, 0);

        ServerProcess original = ServerProcess.running();
        Map<String, String> env = original.environment();
        String oldKeys = env.get("TRIBUTARY_ENCRYPTION_KEYS");
        String oldActive = env.get("TRIBUTARY_ENCRYPTION_ACTIVE_KEY");
        String newKey = "rot" + Long.toHexString(System.nanoTime()).substring(0, 6);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String newEntry = newKey + ":" + Base64.getEncoder().encodeToString(key);
        try {
            original.kill();
            original.startAgainWith(Map.of(
                    "TRIBUTARY_ENCRYPTION_KEYS", oldKeys + "," + newEntry, "TRIBUTARY_ENCRYPTION_ACTIVE_KEY", newKey));

            await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        assertThat(stringOf(
                                        "select status || ':' || coalesce(failure_code, '') || ':' || resume_attempts"
                                                + " from import_runs where id = ?",
                                        poison))
                                .isEqualTo("FAILED:not-resumed:4");
                        assertThat(stringOf(
                                        "select status || ':' || resume_attempts from import_runs where id = ?", once))
                                .isEqualTo("COMPLETED:1");
                    });
            assertThat(json(user.get("/api/v1/imports/" + poison))
                            .path("failureCode")
                            .asText())
                    .isEqualTo("not-resumed");
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        assertThat(count(
                                        "select count(*) from raw_file.uploads where content is not null and sealed_with is distinct from '"
                                                + newKey + "'"))
                                .isZero();
                        assertThat(count("select count(*) from sources where credentials not like 'v1." + newKey
                                        + ".%'"))
                                .isZero();
                    });

            // Without the database password outside the dev profile, the server refuses to start.
            ServerProcess rotated = ServerProcess.running();
            rotated.kill();
            Path log = Path.of(SystemUnderTest.property("it.server.dir"), "standalone", "log", "server.log");
            long logBefore = Files.size(log);
            Process refused = rotated.start(Map.of("TRIBUTARY_PROFILE", "prod", "TRIBUTARY_DB_PASSWORD", ""));
            try {
                await().atMost(Duration.ofMinutes(3))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() ->
                                tail(log, logBefore).contains("Tributary refuses to start: TRIBUTARY_DB_PASSWORD"));
                assertThat(SystemUnderTest.management("/health/ready").statusCode())
                        .isNotEqualTo(200);
            } finally {
                refused.destroyForcibly();
                refused.waitFor();
            }

            // Only the new key: every file and credential still opens.
            rotated.startAgainWith(
                    Map.of("TRIBUTARY_ENCRYPTION_KEYS", newEntry, "TRIBUTARY_ENCRYPTION_ACTIVE_KEY", newKey));
            assertThat(user.get("/api/v1/imports/" + sealedFile + "/file").body())
                    .isEqualTo(sealedText);
            assertThat(user.get("/api/v1/imports/" + plainFile + "/file").body())
                    .isEqualTo(plainText);
            var sources = user.get("/api/v1/sources");
            assertThat(sources.statusCode()).isEqualTo(200);
            assertThat(sources.body()).contains(sourceId);
            assertThat(user.post("/api/v1/imports/" + sealedFile + "/undo", "").statusCode())
                    .isEqualTo(200);
            user.importCompleted(
                    "after.csv", statement("after " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        } finally {
            // Back to the original active key, the test's key kept so that what it sealed still opens.
            ServerProcess now = runningOrNull();
            if (now != null) {
                now.kill();
            }
            original.startAgainWith(Map.of(
                    "TRIBUTARY_ENCRYPTION_KEYS",
                    oldKeys + "," + newEntry,
                    "TRIBUTARY_ENCRYPTION_ACTIVE_KEY",
                    oldActive));
        }
    }

    private static ServerProcess runningOrNull() {
        try {
            return ServerProcess.running();
        } catch (Exception e) {
            return null;
        }
    }

    private static String tail(Path log, long from) throws Exception {
        byte[] all = Files.readAllBytes(log);
        int start = (int) Math.min(from, all.length);
        return new String(all, start, all.length - start, StandardCharsets.UTF_8);
    }

    /** Sets a completed run back to how a crash leaves it: RUNNING, started before this boot. */
    private static void interrupted(UUID importId, int resumeAttempts) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement update = db.prepareStatement("update import_runs set status = 'RUNNING',"
                        + " finished_at = null, resume_attempts = ?, started_at = now() - interval '1 minute'"
                        + " where id = ? and job_execution_id is not null")) {
            update.setInt(1, resumeAttempts);
            update.setObject(2, importId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String statement(String tag) {
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int i = 1; i <= 20; i++) {
            csv.append("2024-03-")
                    .append(String.format("%02d", i))
                    .append(',')
                    .append(MARKER)
                    .append(' ')
                    .append(tag)
                    .append(" #")
                    .append(i)
                    .append(",-")
                    .append(i)
                    .append(".50\n");
        }
        return csv.toString();
    }

    private static long count(String sql) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
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

    private static String stringOf(String sql, UUID id) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static byte[] bytesOf(String sql, UUID id) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }
}
