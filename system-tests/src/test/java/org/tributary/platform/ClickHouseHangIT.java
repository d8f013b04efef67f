package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * ClickHouse that hangs rather than stops ({@code bin/clickhouse freeze}: its process halted, its connections
 * open and silent, as behind a black-holed network): a report answers 503 within its deadline (10 s) instead of
 * after the driver's 60 s socket timeout, readiness says DOWN within seconds, the ledger's own pages go on
 * answering, and once ClickHouse goes on, so do the reports. A ClickHouse that is only slow (a stall shorter than
 * the deadline) costs the report its time, not its answer.
 */
@Isolated("freezes ClickHouse")
class ClickHouseHangIT {

    private static final String MARCH = "/api/v1/reports/by-category?from=2024-03-01&to=2024-03-31";

    /** A slow ClickHouse: well below the reports' 10 s deadline. */
    private static final Duration STALL = Duration.ofSeconds(3);

    private static final String FEBRUARY = "/api/v1/reports/by-category?from=2024-02-01&to=2024-02-29";

    @AfterEach
    void clickHouseGoesOn() throws Exception {
        SystemUnderTest.clickHouseControl("thaw");
    }

    @Test
    void reportsAndReadinessAnswerWithinSecondsWhileClickHouseHangs() throws Exception {
        Api user = Api.signedInUser();
        user.importCompleted("few.csv", "Date,Description,Amount\n2024-03-01,Bakery,-3.20\n".getBytes());
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> user.get(MARCH).body().contains("3.20"));

        SystemUnderTest.clickHouseControl("freeze");

        long started = System.nanoTime();
        HttpResponse<String> report = user.get(FEBRUARY);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(503);
        assertThat(report.headers().firstValue("Retry-After")).isPresent();
        assertThat(took).as("the report's deadline, not the socket's 60 s").isLessThan(Duration.ofSeconds(15));

        for (int i = 0; i < 2; i++) {
            started = System.nanoTime();
            var ready = SystemUnderTest.management("/health/ready");
            took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ReadinessIT.statusByCheck(json(ready)))
                    .containsEntry("clickhouse", "DOWN")
                    .containsEntry("postgresql", "UP");
            assertThat(took).as("readiness within seconds").isLessThan(Duration.ofSeconds(5));
        }

        HttpResponse<String> ledger = user.get("/api/v1/transactions?limit=5");
        assertThat(ledger.statusCode())
                .as("the ledger does not need ClickHouse")
                .isEqualTo(200);
        assertThat(ledger.body()).contains("Bakery");

        SystemUnderTest.clickHouseControl("thaw");

        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    HttpResponse<String> again = user.get(FEBRUARY);
                    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
                });
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> SystemUnderTest.management("/health/ready").statusCode() == 200);
    }

    @Test
    void aReportWaitsOutAStallShorterThanItsDeadline() throws Exception {
        Api user = Api.signedInUser();
        user.importCompleted("april.csv", "Date,Description,Amount\n2024-04-02,Bakery,-3.20\n".getBytes());

        SystemUnderTest.clickHouseControl("freeze");
        CompletableFuture<HttpResponse<String>> report = CompletableFuture.supplyAsync(
                () -> user.get("/api/v1/reports/by-category?from=2024-04-01&to=2024-04-30"));
        Thread.sleep(STALL.toMillis()); // the fault itself: ClickHouse answers nothing for this long
        SystemUnderTest.clickHouseControl("thaw");

        HttpResponse<String> answer = report.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("3.20");
    }
}
