package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;
import org.tributary.importing.ImportCrashIT;
import org.tributary.importing.RunRows;

/**
 * Two servers on the same databases behind HAProxy, as {@code bin/run --nodes 2} runs them (issue 18, item 2):
 * the server under test ("first") and a second one started like it. Both are restarted one after the other
 * under traffic; then the second is killed in the middle of an import while a person browses through the balancer.
 */
@Isolated("kills and restarts the server")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT {

    private static final int ROWS = 100_000;
    private static final int SECOND_PORT_OFFSET = 40;

    private static ServerProcess first;
    private static ServerProcess second;
    private static Balancer balancer;
    private static String balancerUrl;
    private static String secondUrl;

    @BeforeAll
    static void startTheSecondServerAndTheBalancer() throws Exception {
        first = ServerProcess.running();
        second = first.another("second", SECOND_PORT_OFFSET);
        java.net.URI firstUrl = java.net.URI.create(SystemUnderTest.property("it.http.url"));
        int http = firstUrl.getPort();
        secondUrl = firstUrl.getScheme() + "://" + firstUrl.getHost() + ":" + (http + SECOND_PORT_OFFSET);
        balancer = Balancer.start(
                "first:" + http + ":" + first.managementPort(),
                "second:" + (http + SECOND_PORT_OFFSET) + ":" + second.managementPort());
        balancerUrl = balancer.url();
    }

    @AfterAll
    static void stopTheSecondServerAndTheBalancer() throws Exception {
        if (balancer != null) {
            balancer.close();
        }
        if (second != null && second.isAlive()) {
            second.kill();
        }
        // The suites after this one need the server under test.
        if (first != null && !first.isAlive()) {
            first.startAgain();
        }
    }

    @BeforeEach
    void bothServersUp() throws IOException {
        if (!first.isAlive()) {
            first.startAgain();
        }
        if (!second.isAlive()) {
            second.startAgain();
        }
    }

    /**
     * Last, and the second server is the one killed: the server under test is then left running for the suites
     * after this one, rather than started once more (about 40 s).
     */
    @Test
    @Order(2)
    void aServerKilledDuringAnImportLeavesItToTheOtherAndThePersonBrowsingLosesNoRequest() throws Exception {
        Api person = Api.signedInUser();
        String userId = json(person.get("/api/v1/me")).path("id").asText();

        try (Browsing browsing = Browsing.start(person.via(balancerUrl))) {
            browsing.awaitAnswersFrom("first", "second");
            // Sent to the second server itself, so that the import is the second's when it dies.
            var accepted =
                    person.via(secondUrl).upload("/api/v1/imports", "big.csv", ImportCrashIT.statement(ROWS), Map.of());
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            UUID importId = UUID.fromString(json(accepted).path("importId").asText());
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> RunRows.number("select rows_read from import_runs where id = ?", importId) > 0);
            second.kill();
            long killedAt = System.nanoTime();
            assertThat(RunRows.text("select status from import_runs where id = ?", importId))
                    .as("killed in the middle of the import")
                    .isEqualTo("RUNNING");
            assertThat(RunRows.text("select owner_node from import_runs where id = ?", importId))
                    .isEqualTo("second");
            int answeredAtTheKill = browsing.answered();

            ImportCrashIT.completesWithEachRowOnce(importId, userId, ROWS);
            assertThat(RunRows.text("select owner_node from import_runs where id = ?", importId))
                    .as("taken up by the server still alive")
                    .isNotEqualTo("second");
            long completedAfter = Duration.ofNanos(System.nanoTime() - killedAt).toSeconds();
            await().atMost(Duration.ofMinutes(1)).until(() -> browsing.answered() > answeredAtTheKill + 20);
            browsing.stop();
            assertThat(browsing.failures())
                    .as("requests that failed through the balancer")
                    .isEmpty();
            System.out.printf(
                    "TwoServersIT: second killed; the import completed on first within %d s; %d requests answered"
                            + " through the balancer, none failed%n",
                    completedAfter, browsing.answered());
        }
    }

    @Test
    @Order(1)
    void aRollingRestartOfBothServersUnderTrafficFailsNoRequest() throws Exception {
        Api person = Api.signedInUser();
        person.importCompleted("statement.csv", ImportCrashIT.statement(500));

        try (Browsing browsing = Browsing.start(person.via(balancerUrl))) {
            browsing.awaitAnswersFrom("first", "second");
            for (ServerProcess server : List.of(second, first)) {
                String name = server == first ? "first" : "second";
                // As the guide has operators do it: suspended (new requests answered 503, which the balancer
                // sends to the other server) until the balancer's checks have taken it out, then shut down.
                server.suspend();
                balancer.awaitOutOfRotation(name);
                server.shutdown();
                int answeredWhileStopped = browsing.answered();
                await().atMost(Duration.ofMinutes(1)).until(() -> browsing.answered() > answeredWhileStopped + 10);
                server.startAgain();
                browsing.awaitAnswersFrom(name);
            }
            browsing.stop();
            assertThat(browsing.failures())
                    .as("requests that failed through the balancer")
                    .isEmpty();
            assertThat(browsing.answered()).isGreaterThan(50);
            System.out.printf(
                    "TwoServersIT: rolling restart; %d requests answered through the balancer, none failed%n",
                    browsing.answered());
        }
    }

    /**
     * One person browsing through the balancer, one request after another (the overview, the transactions, the
     * reports of a month, as the portal asks them), noting which server answered each and every request that did
     * not answer 200.
     */
    private static final class Browsing implements AutoCloseable {

        private static final List<String> PAGES = List.of(
                "/api/v1/me",
                "/api/v1/transactions?limit=25",
                "/api/v1/reports/by-category?from=2023-03-01&to=2023-03-31",
                "/api/v1/reports/largest?from=2023-03-01&to=2023-03-31",
                "/app/dashboard.xhtml?from=2023-03-01&to=2023-03-31",
                "/api/v1/reports/balance?from=2023-01-01&to=2023-12-31&interval=month");

        private final Api person;
        private final Thread thread;
        private final java.util.concurrent.atomic.AtomicInteger answered =
                new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.Set<String> answeredBy = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile boolean browsing = true;

        private Browsing(Api person) {
            this.person = person;
            this.thread = new Thread(this::browse, "browsing");
        }

        static Browsing start(Api person) {
            Browsing browsing = new Browsing(person);
            browsing.thread.start();
            return browsing;
        }

        private void browse() {
            for (int i = 0; browsing; i++) {
                String page = PAGES.get(i % PAGES.size());
                try {
                    HttpResponse<String> response = person.get(page);
                    if (response.statusCode() == 200) {
                        response.headers().allValues("Set-Cookie").forEach(cookie -> {
                            if (cookie.startsWith("TRIBUTARY_NODE=")) {
                                answeredBy.add(cookie.substring(15, cookie.indexOf(';')));
                            }
                        });
                        answered.incrementAndGet();
                    } else {
                        failures.add(page + ": " + response.statusCode() + " " + response.body());
                    }
                } catch (RuntimeException e) {
                    failures.add(page + ": " + e);
                }
            }
        }

        /** Waits until each server named has answered a request since the last call. */
        void awaitAnswersFrom(String... servers) {
            answeredBy.clear();
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(100))
                    .untilAsserted(() -> assertThat(answeredBy)
                            .as("servers that answered; failed requests: %s", failures)
                            .contains(servers));
        }

        int answered() {
            return answered.get();
        }

        List<String> failures() {
            return List.copyOf(failures);
        }

        void stop() throws InterruptedException {
            browsing = false;
            thread.join(Duration.ofMinutes(1).toMillis());
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }
}
