package tributary;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * People using Tributary at once (issue 18, item 3): each signs in and, for the run's duration, opens the
 * portal's pages (overview, transactions, reports) and asks the reports' API for a month of their own ledger,
 * with a think time between clicks; a tenth of them also import an ordinary statement now and then.
 *
 * <p>System properties: {@code base} (default http://127.0.0.1:8080), {@code users} (the CSV that
 * bench/load/prepare-users.py wrote), {@code browsers} (people at once, default 40), {@code seconds} (default
 * 60), {@code thinkMs} (pause between clicks, default 1000; 0 finds the most one server answers),
 * {@code importers} (share of people who also import, default 0.1).
 */
public class BrowsingSimulation extends Simulation {

    private static final String BASE = System.getProperty("base", "http://127.0.0.1:8080");
    private static final int BROWSERS = Integer.getInteger("browsers", 40);
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("seconds", 60));
    private static final Duration THINK = Duration.ofMillis(Integer.getInteger("thinkMs", 1000));
    private static final double IMPORTERS = Double.parseDouble(System.getProperty("importers", "0.1"));

    private static final String[] FILTERS = {"", "&category=Groceries", "&sourceKind=FILE"};

    /** A random month of 2025 (the generated ledgers run from October 2024 to December 2025). */
    private static final Iterator<Map<String, Object>> MONTHS = Stream.generate((Supplier<Map<String, Object>>) () -> {
                Random random = new Random();
                int month = 1 + random.nextInt(12);
                String from = String.format("2025-%02d-01", month);
                String to = java.time.LocalDate.parse(from).plusMonths(1).minusDays(1).toString();
                return Map.of(
                        "period", "from=" + from + "&to=" + to,
                        "filter", FILTERS[random.nextInt(FILTERS.length)],
                        "page", random.nextInt(5));
            })
            .iterator();

    private static final FeederBuilder<String> PEOPLE = csv(System.getProperty("users", "target/users.csv")).circular();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .header("X-Requested-With", "tributary")
            .acceptHeader("application/json, text/html")
            .disableCaching()
            .shareConnections();

    private static final ChainBuilder SIGN_IN = feed(PEOPLE)
            .exec(http("sign in")
                    .post("/api/v1/auth/sign-in")
                    .header("Content-Type", "application/json")
                    .body(StringBody("{\"email\":\"#{email}\",\"password\":\"#{password}\"}"))
                    .check(status().is(200)));

    private static final ChainBuilder ONE_CLICK = feed(MONTHS)
            .randomSwitch()
            .on(
                    percent(10.0).then(exec(http("page: overview").get("/app/dashboard.xhtml").check(status().is(200)))),
                    percent(10.0).then(exec(http("page: transactions").get("/app/transactions.xhtml").check(status().is(200)))),
                    percent(5.0).then(exec(http("page: reports").get("/app/reports.xhtml").check(status().is(200)))),
                    percent(15.0).then(exec(http("api: transactions")
                            .get("/api/v1/transactions?#{period}#{filter}&page=#{page}&size=50")
                            .check(status().is(200)))),
                    percent(12.0).then(exec(http("report: by-category")
                            .get("/api/v1/reports/by-category?#{period}#{filter}")
                            .check(status().is(200)))),
                    percent(10.0).then(exec(http("report: largest")
                            .get("/api/v1/reports/largest?#{period}#{filter}&limit=10")
                            .check(status().is(200)))),
                    percent(10.0).then(exec(http("report: growth")
                            .get("/api/v1/reports/growth?#{period}#{filter}")
                            .check(status().is(200)))),
                    percent(8.0).then(exec(http("report: new merchants")
                            .get("/api/v1/reports/new-merchants?#{period}")
                            .check(status().is(200)))),
                    percent(8.0).then(exec(http("report: balance")
                            .get("/api/v1/reports/balance?from=2025-01-01&to=2025-12-31&interval=month")
                            .check(status().is(200)))),
                    percent(8.0).then(exec(http("report: highlights")
                            .get("/api/v1/reports/highlights?#{period}")
                            .check(status().is(200)))),
                    percent(4.0).then(exec(http("export: by-category csv")
                            .get("/api/v1/reports/by-category/export?format=csv&#{period}")
                            .header("Accept", "text/csv")
                            .check(status().is(200)))))
            .pause(THINK);

    private static final ChainBuilder IMPORT = exec(session -> session.set("statement", statement()))
            .exec(http("import: upload")
                    .post("/api/v1/imports")
                    .bodyPart(ByteArrayBodyPart("file", "#{statement}").fileName("statement.csv"))
                    .asMultipartForm()
                    .check(status().is(202), jsonPath("$.importId").saveAs("importId")))
            .asLongAs(session -> !session.getString("importStatus").matches("COMPLETED|FAILED"), "polls")
            .on(pause(Duration.ofMillis(500))
                    .exec(http("import: status")
                            .get("/api/v1/imports/#{importId}")
                            .check(status().is(200), jsonPath("$.status").saveAs("importStatus"))))
            .exec(session -> session.remove("importStatus"));

    private final ScenarioBuilder browsing = scenario("browsing")
            .exec(SIGN_IN)
            .during(RUN)
            .on(ONE_CLICK);

    private final ScenarioBuilder importing = scenario("browsing and importing")
            .exec(SIGN_IN)
            .during(RUN)
            .on(exec(session -> session.set("importStatus", "QUEUED"))
                    .exec(IMPORT)
                    .repeat(20)
                    .on(ONE_CLICK));

    {
        int importers = (int) Math.round(BROWSERS * IMPORTERS);
        setUp(
                        browsing.injectClosed(constantConcurrentUsers(BROWSERS - importers).during(RUN)),
                        importing.injectClosed(constantConcurrentUsers(importers).during(RUN)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** An ordinary statement: 60 card payments of this month, different each time (no duplicates). */
    private static byte[] statement() {
        Random random = new Random();
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        String tag = Long.toHexString(random.nextLong());
        for (int i = 0; i < 60; i++) {
            csv.append(String.format(
                    "2025-11-%02d,CARD PAYMENT CORNER SHOP %s %d,-%d.%02d%n",
                    1 + random.nextInt(28), tag, i, 1 + random.nextInt(80), random.nextInt(100)));
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
