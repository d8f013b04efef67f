package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.tributary.importing.ImportCrashIT;
import org.tributary.importing.RunRows;

/**
 * PostgreSQL, the ledger of record, stopped and started again under the running server (this machine's real
 * cluster, {@code bin/postgres stop|start}): while it is away, requests get a clear 503 and readiness says which
 * database is missing; once it is back, no request fails on a connection the pool held from before; an import
 * whose job failed while it was away (a failure nobody could record) is taken up again by its server and finishes
 * with each of its rows once.
 */
@Isolated("restarts PostgreSQL")
class PostgresRestartIT {

    private static final int ROWS = 200_000;

    @AfterEach
    void postgresIsBack() throws Exception {
        control("start");
    }

    @Test
    void whilePostgresIsAwayRequestsGetAClear503AndOnceItIsBackNoneFails() throws Exception {
        Api user = Api.signedInUser();
        user.importCompleted("few.csv", "Date,Description,Amount\n2024-03-01,Bakery,-3.20\n".getBytes());
        assertThat(inParallel(user, 8)).containsOnly(200); // the pool now holds several connections

        control("stop");

        HttpResponse<String> away = user.get("/api/v1/transactions?limit=5");
        assertThat(away.statusCode()).as(away.body()).isEqualTo(503);
        assertThat(json(away).path("detail").asText()).contains("cannot reach its database");
        assertThat(away.headers().firstValue("Retry-After")).hasValue("5");
        HttpResponse<String> page = user.get("/app/transactions.xhtml");
        assertThat(page.statusCode()).as("a portal page").isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(page.body())
                .contains("cannot reach its database", "id=\"try-again\" href=\"/app/transactions.xhtml\"");
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    var ready = SystemUnderTest.management("/health/ready");
                    assertThat(ready.statusCode()).isEqualTo(503);
                    assertThat(ReadinessIT.statusByCheck(json(ready))).containsEntry("postgresql", "DOWN");
                });

        control("start");

        // Every connection the pool had is dead now; each is checked before it is lent.
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> back = user.get("/api/v1/transactions?limit=5");
            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        }
        assertThat(inParallel(user, 8)).containsOnly(200);
        assertThat(SystemUnderTest.management("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void anImportRunningWhilePostgresRestartsFinishesWithEachRowOnce() throws Exception {
        Api user = Api.signedInUser();
        String userId = json(user.get("/api/v1/me")).path("id").asText();
        var accepted = user.upload("/api/v1/imports", "big.csv", ImportCrashIT.statement(ROWS), Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        UUID importId = UUID.fromString(json(accepted).path("importId").asText());
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> RunRows.number("select rows_read from import_runs where id = ?", importId) > 0);

        long failuresBefore = jobFailuresLogged();
        control("stop");
        // The job's next chunk fails without PostgreSQL, and neither JBeret nor the run can record it.
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jobFailuresLogged() > failuresBefore);
        control("start");

        ImportCrashIT.completesWithEachRowOnce(importId, userId, ROWS);
    }

    /** How often the server has logged an import job that failed (JBeret's JBERET000007). */
    private static long jobFailuresLogged() throws IOException {
        Path log = Path.of(SystemUnderTest.property("it.server.dir"), "standalone", "log", "server.log");
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains("JBERET000007: Failed to run job import"))
                    .count();
        }
    }

    /** The statuses of so many requests sent at once, each needing PostgreSQL. */
    private static List<Integer> inParallel(Api user, int requests) {
        List<CompletableFuture<Integer>> answers = IntStream.range(0, requests)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> user.get("/api/v1/transactions?limit=5").statusCode()))
                .toList();
        return answers.stream().map(CompletableFuture::join).toList();
    }

    private static void control(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(SystemUnderTest.property("it.postgres.control"), command)
                .inheritIO()
                .start();
        assertThat(process.waitFor()).as("bin/postgres " + command).isZero();
    }
}
