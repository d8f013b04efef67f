package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * Import and categorising requests wait on the broker of the server that sent them (decision 56). A request left on
 * a server that stopped (not seen for a minute) is sent again by this one and done here, once; a request waiting on
 * a live server is left to it.
 */
class StrandedImportRequestsIT {

    @Test
    void aRequestLeftOnAServerGoneIsSentAgainHereAndOneOnALiveServerIsLeftAlone() throws Exception {
        Api user = Api.signedInUser();
        UUID stranded = user.importCompleted("stranded.csv", ImportOwnersIT.statement("stranded"));
        UUID waiting = user.importCompleted("waiting.csv", ImportOwnersIT.statement("waiting"));
        String here = RunRows.text("select requested_on from import_runs where id = ?", stranded);
        assertThat(here).as("the server that took the upload").isNotBlank();

        // As two other servers would have left them: queued there, one server gone for minutes, one alive.
        seen("gone-server", "now() - interval '5 minutes'");
        seen("live-server", "now() + interval '10 minutes'");
        queuedOn(stranded, "gone-server");
        queuedOn(waiting, "live-server");
        try {
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> RunRows.text("select status from import_runs where id = ?", stranded)
                            .equals("COMPLETED"));
            assertThat(RunRows.text("select requested_on from import_runs where id = ?", stranded))
                    .as("sent again from here")
                    .isEqualTo(here);
            assertThat(RunRows.text("select status || ' ' || requested_on from import_runs where id = ?", waiting))
                    .as("a live server's request")
                    .isEqualTo("QUEUED live-server");
        } finally {
            RunRows.execute("update import_runs set status = 'COMPLETED', finished_at = now() where id = ?", waiting);
        }
        var run = json(user.get("/api/v1/imports/" + stranded));
        assertThat(run.path("imported").asInt()).isEqualTo(3);
        assertThat(RunRows.text("select count(*) from transactions where import_id = ?", stranded))
                .as("nothing doubled")
                .isEqualTo("3");
    }

    @Test
    void aCategorisingRequestLeftOnAServerGoneIsSentAgainHere() throws Exception {
        Api user = Api.signedInUser();
        UUID run = user.importCompleted("left.csv", ImportOwnersIT.statement("left"));
        String here = RunRows.text("select requested_on from import_runs where id = ?", run);
        seen("gone-server", "now() - interval '5 minutes'");
        // As if the server that completed it had put its categorising request on its own broker, and stopped.
        RunRows.execute(
                "update import_runs set categorising = true, categorising_on = 'gone-server' where id = ?", run);

        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> RunRows.text(
                                "select categorising::text || ' ' || categorising_on from import_runs where id = ?",
                                run)
                        .equals("false " + here));
    }

    private static void seen(String server, String seenAt) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement upsert = db.prepareStatement("insert into servers (name, incarnation, seen_at)"
                        + " values (?, gen_random_uuid(), " + seenAt + ") on conflict (name) do update set seen_at = "
                        + seenAt)) {
            upsert.setString(1, server);
            upsert.executeUpdate();
        }
    }

    /** The completed run as it was before any server took it: queued, its request on that server's broker. */
    private static void queuedOn(UUID importId, String server) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement update = db.prepareStatement("update import_runs set status = 'QUEUED',"
                        + " started_at = null, finished_at = null, job_execution_id = null, owner_node = null,"
                        + " owner_incarnation = null, lease_until = null, rows_read = 0, imported = 0, duplicates = 0,"
                        + " requested_on = ?, requested_at = now() - interval '2 minutes' where id = ?")) {
            update.setString(1, server);
            update.setObject(2, importId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
