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
 * Imports with two servers on one database (decision 47): a run whose server stopped renewing its lease is taken
 * up by this one while it runs (not only after a restart), and a run whose server is alive is never touched.
 */
class ImportOwnersIT {

    @Test
    void aRunOfAServerThatStoppedIsTakenUpAndARunOfALiveServerIsLeftAlone() throws Exception {
        Api user = Api.signedInUser();
        UUID stopped = user.importCompleted("stopped.csv", statement("stopped"));
        UUID live = user.importCompleted("live.csv", statement("live"));
        // As two other servers would have left them, mid-job: one stopped a minute ago, one renews its lease.
        owned(stopped, "stopped-server", "now() - interval '1 minute'");
        owned(live, "live-server", "now() + interval '10 minutes'");
        try {
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> "COMPLETED".equals(row(stopped).get("status")));
            Map<String, Object> taken = row(stopped);
            assertThat(taken.get("owner_node")).as("this server took it").isNotEqualTo("stopped-server");
            assertThat(taken.get("resume_attempts")).isEqualTo(1);

            Map<String, Object> left = row(live);
            assertThat(left.get("status")).as("a live server's run").isEqualTo("RUNNING");
            assertThat(left.get("owner_node")).isEqualTo("live-server");
            assertThat(left.get("resume_attempts")).isEqualTo(0);
        } finally {
            RunRows.execute("update import_runs set status = 'COMPLETED', finished_at = now() where id = ?", live);
        }
        assertThat(json(user.get("/api/v1/imports/" + stopped)).path("imported").asInt())
                .as("nothing lost or doubled")
                .isEqualTo(3);
    }

    private static void owned(UUID importId, String server, String leaseUntil) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement update = db.prepareStatement("update import_runs set status = 'RUNNING',"
                        + " finished_at = null, owner_node = ?, owner_incarnation = gen_random_uuid(), lease_until = "
                        + leaseUntil + " where id = ? and job_execution_id is not null")) {
            update.setString(1, server);
            update.setObject(2, importId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static Map<String, Object> row(UUID importId) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement select = db.prepareStatement(
                        "select status, owner_node, resume_attempts from import_runs where id = ?")) {
            select.setObject(1, importId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return Map.of(
                        "status", row.getString("status"),
                        "owner_node", String.valueOf(row.getString("owner_node")),
                        "resume_attempts", row.getInt("resume_attempts"));
            }
        }
    }

    static byte[] statement(String name) {
        return ("Date,Description,Amount\n2024-05-01,Bakery " + name + ",-3.20\n2024-05-02,Grocer " + name
                        + ",-41.05\n2024-05-03,Salary " + name + ",2100.00\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
