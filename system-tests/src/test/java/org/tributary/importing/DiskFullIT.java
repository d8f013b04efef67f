package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * A statement uploaded while PostgreSQL's disk is full (issue 18, item 4). The disk is not filled: a trigger on the
 * uploads' table answers as PostgreSQL does then, SQLSTATE 53100 ({@code disk_full}), for this test's person only.
 * The person gets a clear 503 saying nothing was saved, nothing of the attempt is left behind (no run, no account),
 * and the same upload succeeds once there is room again.
 */
class DiskFullIT {

    private static final byte[] STATEMENT = ("Date,Description,Amount\n2024-05-01,Bakery,-3.20\n"
                    + "2024-05-02,Grocer,-41.05\n2024-05-03,Salary,2100.00\n")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void anUploadWithoutRoomIsRefusedClearlyKeepsNothingAndSucceedsOnceThereIsRoom() throws Exception {
        Api person = Api.signedInUser();
        UUID userId = UUID.fromString(json(person.get("/api/v1/me")).path("id").asText());
        String trigger = "disk_full_" + userId.toString().replace("-", "");
        execute("create or replace function pg_temp_disk_full() returns trigger language plpgsql as $$ begin"
                        .replace("pg_temp_disk_full", trigger)
                + " raise exception 'could not extend file: No space left on device' using errcode = 'disk_full';"
                + " end $$");
        execute("create trigger " + trigger + " before insert on raw_file.uploads for each row when (new.user_id = '"
                + userId + "') execute function " + trigger + "()");
        try {
            var refused = person.upload("/api/v1/imports", "statement.csv", STATEMENT, Map.of());

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(refused).path("detail").asText())
                    .isEqualTo("Tributary has no room to store this right now, so nothing was saved; please try again"
                            + " later.");
            assertThat(count("select count(*) from import_runs where user_id = ?", userId))
                    .as("no run left behind")
                    .isZero();
            assertThat(count("select count(*) from sources where user_id = ?", userId))
                    .as("no account left behind")
                    .isZero();
        } finally {
            execute("drop trigger " + trigger + " on raw_file.uploads");
            execute("drop function " + trigger + "()");
        }

        UUID imported = person.importCompleted("statement.csv", STATEMENT);
        assertThat(json(person.get("/api/v1/imports/" + imported))
                        .path("imported")
                        .asInt())
                .as("the same file, once there is room")
                .isEqualTo(3);
    }

    private static void execute(String sql) throws Exception {
        try (var db = SystemUnderTest.postgres();
                Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int count(String sql, UUID userId) throws Exception {
        return RunRows.number(sql, userId);
    }
}
