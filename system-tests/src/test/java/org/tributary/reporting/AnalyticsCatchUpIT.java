package org.tributary.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;
import static org.tributary.reporting.ReportsIT.assertCompleted;
import static org.tributary.reporting.ReportsIT.bytes;
import static org.tributary.reporting.ReportsIT.ledger;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tributary.importing.FileImportIT;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * One import ClickHouse refuses (a currency it cannot store, written straight into PostgreSQL) holds back
 * neither the other delayed imports nor other users' changed rows: the catch-up sets it aside, counts the
 * attempt and keeps ClickHouse's error on the run (decision 37).
 */
class AnalyticsCatchUpIT {

    private static final String LARGEST = "/api/v1/reports/largest?from=2024-05-01&to=2024-05-31&limit=10";

    static UUID refusedImport;

    @BeforeAll
    static void anImportClickHouseRefusesWaitsFirstInLine() throws Exception {
        Api owner = Api.signedInUser();
        assertCompleted(FileImportIT.importAndWait(
                owner,
                "refused.csv",
                bytes("Date,Description,Amount\n2024-05-02,REWE 1,-10.00\n2024-05-03,REWE 2,-11.00\n")));
        refusedImport = lastImport(owner);
        update("update transactions set currency = 'ÄÖÜ', version = version + 1 where import_id = ?", refusedImport);
        update(
                "update import_runs set analytics_loaded = false, analytics_attempts = 0,"
                        + " finished_at = now() - interval '1 hour' where id = ?",
                refusedImport);
        // one of its rows also waits, changed, to be rewritten: ClickHouse refuses that too
        update(
                "update transactions set analytics_stale = true where id = (select min(id::text)::uuid from"
                        + " transactions where import_id = ?)",
                refusedImport);
    }

    @AfterAll
    static void theRefusedRowsAreMadeRightAgain() throws Exception {
        update("update transactions set currency = 'EUR', version = version + 1 where import_id = ?", refusedImport);
        update("update import_runs set analytics_attempts = 0 where id = ?", refusedImport);
    }

    @Test
    void anotherDelayedImportStillReachesTheReports() throws Exception {
        Api other = Api.signedInUser();
        assertCompleted(FileImportIT.importAndWait(
                other,
                "delayed.csv",
                bytes("Date,Description,Amount\n2024-05-04,IKEA 1,-20.00\n2024-05-05,IKEA 2,-25.00\n")));
        UUID delayed = lastImport(other);
        // as if ClickHouse had been away when it ran: changed since, and not yet loaded
        update(
                "update transactions set amount = -77.77, version = version + 1 where import_id = ? and amount = -20",
                delayed);
        update("update import_runs set analytics_loaded = false where id = ?", delayed);

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(amounts(other)).contains("-77.77"));

        assertThat(ledger("select analytics_loaded from import_runs where id = ?", delayed))
                .containsExactly(List.of(true));
        List<Object> refused = ledger(
                        "select analytics_loaded, analytics_attempts, analytics_error from import_runs where id = ?",
                        refusedImport)
                .get(0);
        assertThat(refused.get(0)).isEqualTo(false);
        assertThat((Integer) refused.get(1)).as("attempts counted").isBetween(1, 5);
        assertThat((String) refused.get(2)).as("ClickHouse's words kept").isNotBlank();
    }

    @Test
    void anotherUsersChangedRowIsRewrittenAlthoughOneRowIsRefused() throws Exception {
        Api other = Api.signedInUser();
        assertCompleted(FileImportIT.importAndWait(
                other,
                "changed.csv",
                bytes("Date,Description,Amount\n2024-05-06,OBI 1,-30.00\n2024-05-07,OBI 2,-35.00\n")));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(amounts(other)).contains("-30.00"));
        update(
                "update transactions set amount = -66.66, version = version + 1, analytics_stale = true"
                        + " where import_id = ? and amount = -30",
                lastImport(other));

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(
                        () -> assertThat(amounts(other)).contains("-66.66").doesNotContain("-30.00"));
        assertThat(ledger("select count(*) from transactions where import_id = ? and analytics_stale", refusedImport))
                .as("the refused row is still waiting")
                .containsExactly(List.of(1L));
    }

    private static List<String> amounts(Api user) {
        return json(user.get(LARGEST)).path("rows").findValuesAsText("amount").stream()
                .map(ReportsIT::money)
                .toList();
    }

    private static UUID lastImport(Api user) throws Exception {
        String userId = json(user.get("/api/v1/me")).path("id").asText();
        return (UUID)
                ledger("select id from import_runs where user_id = ?::uuid order by created_at desc limit 1", userId)
                        .get(0)
                        .get(0);
    }

    private static void update(String sql, UUID id) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement update = db.prepareStatement(sql)) {
            update.setObject(1, id);
            assertThat(update.executeUpdate()).as(sql).isPositive();
        }
    }
}
