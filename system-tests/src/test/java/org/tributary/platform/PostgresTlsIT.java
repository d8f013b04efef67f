package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * TLS to PostgreSQL with {@code sslmode=verify-full} (decision 42): a throwaway PostgreSQL cluster on its own
 * port that takes TLS connections only, with a server certificate for {@code localhost} from a CA made here.
 * The driver the server uses connects with that CA and host name and refuses another CA or a name the
 * certificate does not hold; then the server itself runs on that cluster (restarted with its URL) and is
 * restarted on the usual database afterwards.
 */
@Isolated("restarts the server on another database")
class PostgresTlsIT {

    /** PostgreSQL's tools refuse to run as root: then they run as the postgres user, which owns the cluster. */
    private static final boolean AS_ROOT = "root".equals(System.getProperty("user.name"));

    private static Path dir;
    private static Path bin;
    private static int port;

    @BeforeAll
    static void startACertifiedCluster() throws Exception {
        dir = Files.createTempDirectory("tributary-pg-tls");
        bin = newestPostgres();
        port = freePort();
        run(
                dir,
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=Tributary test CA",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem");
        run(
                dir,
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=Another CA",
                "-keyout",
                "other-ca.key",
                "-out",
                "other-ca.pem");
        run(
                dir,
                "openssl",
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-subj",
                "/CN=localhost",
                "-keyout",
                "server.key",
                "-out",
                "server.csr");
        Files.setPosixFilePermissions(
                dir.resolve("server.key"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Files.writeString(dir.resolve("san.ext"), "subjectAltName=DNS:localhost\n");
        run(
                dir,
                "openssl",
                "x509",
                "-req",
                "-in",
                "server.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                "san.ext",
                "-out",
                "server.crt");
        if (AS_ROOT) {
            run(dir, "chown", "-R", "postgres:", dir.toString());
        }
        run(dir, postgres("initdb", "-D", "data", "-U", "postgres", "--auth=trust", "-E", "UTF8"));
        Files.writeString(
                dir.resolve("data/postgresql.conf"),
                "\nport = " + port
                        + "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '" + dir + "'"
                        + "\nssl = on\nssl_cert_file = '" + dir.resolve("server.crt") + "'\nssl_key_file = '"
                        + dir.resolve("server.key") + "'\nfsync = off\nshared_buffers = 32MB\n",
                java.nio.file.StandardOpenOption.APPEND);
        // TLS only: a plain connection is refused by the cluster itself.
        Files.writeString(
                dir.resolve("data/pg_hba.conf"),
                "local all all trust\nhostssl all all 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 reject\n");
        run(dir, postgres("pg_ctl", "-D", "data", "-l", "postgres.log", "-w", "-t", "120", "start"));
        try (Connection admin = DriverManager.getConnection(url("localhost", "ca.pem", "postgres"), "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("create role tributary login password 'tributary'");
            statement.execute("create database tributary owner tributary");
        }
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (dir != null) {
            run(dir, postgres("pg_ctl", "-D", "data", "-m", "immediate", "stop"));
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void theDriverConnectsWithVerifyFullAndRefusesAnotherCaOrHostName() throws Exception {
        try (Connection db = DriverManager.getConnection(url("localhost", "ca.pem", "postgres"), "postgres", "");
                Statement query = db.createStatement();
                ResultSet row =
                        query.executeQuery("select ssl, version from pg_stat_ssl where pid = pg_backend_pid()")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getBoolean(1)).isTrue();
            assertThat(row.getString(2)).startsWith("TLSv1.");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url("127.0.0.1", "ca.pem", "postgres"), "postgres", ""))
                .as("a host name the certificate does not hold")
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("127.0.0.1");
        assertThatThrownBy(
                        () -> DriverManager.getConnection(url("localhost", "other-ca.pem", "postgres"), "postgres", ""))
                .as("a certificate from another CA")
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/postgres?sslmode=disable", "postgres", ""))
                .as("no TLS")
                .isInstanceOf(SQLException.class);
    }

    @Test
    void theServerRunsOnADatabaseItReachesOnlyOverVerifiedTls() throws Exception {
        ServerProcess original = ServerProcess.running();
        original.kill();
        try {
            original.startAgainWith(Map.of("TRIBUTARY_DB_URL", url("localhost", "ca.pem", "tributary")));
            String email = "tls-" + UUID.randomUUID() + "@example.test";
            var signUp = Api.http().post("/api/v1/auth/sign-up", Api.credentials(email, "a passphrase over tls"));
            assertThat(signUp.statusCode()).as(signUp.body()).isBetween(200, 201);
            try (Connection db = DriverManager.getConnection(url("localhost", "ca.pem", "tributary"), "postgres", "");
                    PreparedStatement users = db.prepareStatement("select count(*) from users where email = ?");
                    Statement ssl = db.createStatement()) {
                users.setString(1, email);
                try (ResultSet row = users.executeQuery()) {
                    row.next();
                    assertThat(row.getInt(1))
                            .as("the account is in the TLS cluster")
                            .isEqualTo(1);
                }
                try (ResultSet row = ssl.executeQuery("select count(*), count(*) filter (where s.ssl)"
                        + " from pg_stat_activity a join pg_stat_ssl s using (pid) where a.usename = 'tributary'")) {
                    row.next();
                    assertThat(row.getInt(1)).as("the server's connections").isPositive();
                    assertThat(row.getInt(2)).as("all over TLS").isEqualTo(row.getInt(1));
                }
            }
        } finally {
            ServerProcess.running().kill();
            original.startAgainWith(Map.of());
        }
    }

    private static String url(String host, String rootCert, String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?sslmode=verify-full&sslrootcert="
                + dir.resolve(rootCert);
    }

    private static String[] postgres(String tool, String... arguments) {
        List<String> command = new java.util.ArrayList<>();
        if (AS_ROOT) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        return command.toArray(String[]::new);
    }

    private static Path newestPostgres() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(
                            v -> Integer.parseInt(v.getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL under /usr/lib/postgresql"))
                    .resolve("bin");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(Path workDir, String... command) throws Exception {
        Process process = new ProcessBuilder(List.of(command))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("commands.log").toFile())
                .start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES))
                .as(String.join(" ", command))
                .isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ": " + Files.readString(workDir.resolve("commands.log")))
                .isZero();
    }
}
