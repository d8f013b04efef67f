package org.tributary.platform;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WildFly under test as an operating-system process: killed without warning (SIGKILL) and started
 * again with exactly the command line and environment it had, read from /proc before the kill.
 */
public final class ServerProcess {

    private final ProcessHandle process;
    private final List<String> command;
    private final Map<String, String> environment;

    private ServerProcess(ProcessHandle process, List<String> command, Map<String, String> environment) {
        this.process = process;
        this.command = command;
        this.environment = environment;
    }

    /** The server whose jboss.home.dir is the test server's. */
    public static ServerProcess running() throws IOException {
        String home = "-Djboss.home.dir=" + SystemUnderTest.property("it.server.dir");
        for (ProcessHandle candidate : ProcessHandle.allProcesses().toList()) {
            List<String> command = commandLine(candidate.pid());
            if (command.contains(home) && command.stream().anyMatch(a -> a.endsWith("jboss-modules.jar"))) {
                return new ServerProcess(candidate, command, environment(candidate.pid()));
            }
        }
        throw new IllegalStateException("no WildFly running with " + home);
    }

    public void kill() {
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    /** Starts the same server again and waits until it is ready. */
    public void startAgain() throws IOException {
        startAgainWith(Map.of());
    }

    /** The environment the server was started with. */
    public Map<String, String> environment() {
        return Map.copyOf(environment);
    }

    /**
     * Starts the server again with some variables changed (an empty value removes one) and waits until it
     * is ready.
     */
    public void startAgainWith(Map<String, String> changes) throws IOException {
        start(changes);
        awaitReady();
    }

    /** Starts the server again with some variables changed (an empty value removes one), without waiting. */
    public Process start(Map<String, String> changes) throws IOException {
        Path log = Path.of(SystemUnderTest.property("it.server.dir"), "..", "server-restart.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        changes.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return builder.start();
    }

    /** Eight minutes: on a machine shared with other builds a boot has taken over four. */
    private static void awaitReady() {
        await().atMost(Duration.ofMinutes(8))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> SystemUnderTest.management("/health/ready").statusCode() == 200);
    }

    private static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new ArrayList<>(Arrays.asList(new String(raw).split("\0")));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Map<String, String> environment(long pid) throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : new String(raw).split("\0")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return environment;
    }
}
