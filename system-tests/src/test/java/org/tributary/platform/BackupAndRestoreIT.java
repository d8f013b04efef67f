package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * bin/backup and bin/restore (issue 18, item 5): a backup of the test databases, the databases lost (dropped),
 * the backup restored into new empty ones of the same names and the server started on them: a person's reports,
 * transactions and sealed statement files are what they were, and their old session is over. The rest of the
 * system tests then go on with the restored databases.
 */
@Isolated("drops and restores both databases")
class BackupAndRestoreIT {

    private static final String PASSWORD = "backup-restore-password-2026";

    @Test
    void restoredIntoEmptyDatabasesTheServerGivesTheSameReportsTransactionsAndFiles() throws Exception {
        String email = "backup-" + UUID.randomUUID() + "@example.test";
        Api person = Api.http();
        assertThat(person.post("/api/v1/auth/sign-up", Api.credentials(email, PASSWORD))
                        .statusCode())
                .isEqualTo(201);
        run(List.of(script("demo-data"), email, PASSWORD), Map.of("TRIBUTARY_HTTP_PORT", httpPort()));
        assertThat(person.post("/api/v1/auth/sign-in", Api.credentials(email, PASSWORD))
                        .statusCode())
                .isEqualTo(200);
        // The reports follow the ledger within seconds (the categoriser's second opinions, the catch-up): the
        // answers to compare are those of a settled ledger, which is what the backup holds.
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> settled(email));
        Map<String, String> before = answers(person, importsOf(email));
        assertThat(before.get("/api/v1/transactions?size=100")).contains("\"total\"");

        Path backups = Files.createTempDirectory("tributary-backups");
        Map<String, String> database = Map.of(
                "TRIBUTARY_PG_URL", libpqUrl(), "TRIBUTARY_CLICKHOUSE_DATABASE", SystemUnderTest.clickHouseDatabase());
        String backedUp = run(List.of(script("backup"), backups.toString()), database);
        Path dump;
        try (var files = Files.list(backups)) {
            dump = files.filter(file -> file.toString().endsWith(".pgdump"))
                    .findFirst()
                    .orElseThrow();
        }
        String manifest = Files.readString(Path.of(dump.toString().replace(".pgdump", ".manifest")));
        assertThat(manifest).contains("sha256=", "transactions=", "sealed_with=");
        assertThat(backedUp).contains("not in the backup");

        ServerProcess server = ServerProcess.running();
        server.kill();
        // The loss: both databases gone, then made again empty, as on a new machine.
        run(List.of(script("postgres"), "recreate", databaseName()), Map.of());
        try (var clickHouse = SystemUnderTest.clickHouse();
                var drop = clickHouse.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + SystemUnderTest.clickHouseDatabase());
        }
        String restored = run(List.of(script("restore"), dump.toString()), database);
        assertThat(restored).contains("restored");
        server.startAgain();

        assertThat(person.get("/api/v1/me").statusCode())
                .as("a session the backup held is over after the restore")
                .isEqualTo(401);
        Api again = Api.http();
        assertThat(again.post("/api/v1/auth/sign-in", Api.credentials(email, PASSWORD))
                        .statusCode())
                .isEqualTo(200);
        Map<String, String> after = answers(again, importsOf(email));
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((path, answer) -> assertThat(after.get(path)).as(path).isEqualTo(answer));

        // A restore goes into an empty database only: the restored one is refused.
        ProcessBuilder refused = new ProcessBuilder(script("restore"), dump.toString()).redirectErrorStream(true);
        refused.environment().putAll(database);
        Process twice = refused.start();
        String output = new String(twice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(twice.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(twice.exitValue()).isNotZero();
        assertThat(output).contains("empty database only");
    }

    /** What the person sees of their year: every report, the transactions and each statement file as stored. */
    private static Map<String, String> answers(Api person, List<UUID> imports) {
        LocalDate to = LocalDate.now();
        String period = "from=" + to.minusYears(1).plusDays(1) + "&to=" + to;
        List<String> paths = new ArrayList<>(List.of(
                "/api/v1/reports/by-category?" + period,
                "/api/v1/reports/balance?interval=month&" + period,
                "/api/v1/reports/largest?" + period,
                "/api/v1/reports/growth?" + period,
                "/api/v1/reports/new-merchants?" + period,
                "/api/v1/reports/highlights?" + period,
                "/api/v1/transactions?size=100",
                "/api/v1/sources"));
        imports.forEach(id -> paths.add("/api/v1/imports/" + id + "/file"));
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            var response = person.get(path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            answers.put(path, response.body());
        }
        return answers;
    }

    /**
     * Nothing of the person's still being categorised or waiting for ClickHouse (an import's rows are loaded with
     * their run; a hand-entered row on its own).
     */
    private static boolean settled(String email) throws SQLException {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement select = db.prepareStatement("select"
                        + " (select count(*) from import_runs r where r.user_id = u.id and (r.categorising"
                        + " or not r.analytics_loaded)) + (select count(*) from transactions t where t.user_id = u.id"
                        + " and not t.pending and (t.analytics_stale or (t.import_id is null and not t.analytics_loaded)))"
                        + " from users u where u.email = ?")) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getLong(1) == 0;
            }
        }
    }

    private static List<UUID> importsOf(String email) throws SQLException {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement select = db.prepareStatement("select r.id from import_runs r join users u"
                        + " on u.id = r.user_id where u.email = ? order by r.created_at")) {
            select.setString(1, email);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            assertThat(ids).as("the demo data's two bank exports").hasSize(2);
            return ids;
        }
    }

    private static String run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(command.toString()).isTrue();
        assertThat(process.exitValue()).as(command + ": " + output).isZero();
        return output;
    }

    private static String script(String name) {
        return Path.of(SystemUnderTest.property("it.demo-data"))
                .resolveSibling(name)
                .toString();
    }

    private static String httpPort() {
        return Integer.toString(
                URI.create(SystemUnderTest.property("it.http.url")).getPort());
    }

    private static String databaseName() {
        String url = SystemUnderTest.property("it.db.url");
        String path = URI.create(url.substring("jdbc:".length())).getPath();
        return path.substring(1);
    }

    /** The test database as the scripts take it: a libpq URL with the test's role. */
    private static String libpqUrl() {
        URI jdbc = URI.create(SystemUnderTest.property("it.db.url").substring("jdbc:".length()));
        return "postgresql://" + SystemUnderTest.property("it.db.user") + ":"
                + SystemUnderTest.property("it.db.password") + "@" + jdbc.getHost() + ":" + jdbc.getPort()
                + jdbc.getPath();
    }
}
