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
 * The WildFly under test as an operating-system process: killed without warning (SIGKILL) or stopped as an
 * operator would, and started again with exactly the command line and environment it had, read from /proc
 * before the kill; or another server like it beside it, as {@code bin/run --nodes 2} starts them.
 */
public final class ServerProcess {

    private ProcessHandle process;
    private final List<String> command;
    private final Map<String, String> environment;
    private final int managementPort;

    private ServerProcess(
            ProcessHandle process, List<String> command, Map<String, String> environment, int managementPort) {
        this.process = process;
        this.command = command;
        this.environment = environment;
        this.managementPort = managementPort;
    }

    /** The server whose jboss.home.dir is the test server's. */
    public static ServerProcess running() throws IOException {
        String home = "-Djboss.home.dir=" + SystemUnderTest.property("it.server.dir");
        for (ProcessHandle candidate : ProcessHandle.allProcesses().toList()) {
            List<String> command = commandLine(candidate.pid());
            if (command.contains(home) && command.stream().anyMatch(a -> a.endsWith("jboss-modules.jar"))) {
                return new ServerProcess(
                        candidate,
                        command,
                        environment(candidate.pid()),
                        java.net
                                .URI
                                .create(SystemUnderTest.property("it.management.url"))
                                .getPort());
            }
        }
        throw new IllegalStateException("no WildFly running with " + home);
    }

    /**
     * Another server on the same databases, started and ready: named {@code name}, every port raised by {@code
     * portOffset}, in a directory of its own (this server's configuration and deployments copied; its broker's
     * journal, its logs), as {@code bin/run --nodes N} starts each.
     */
    public ServerProcess another(String name, int portOffset) throws IOException {
        Path home = Path.of(SystemUnderTest.property("it.server.dir"))
                .toAbsolutePath()
                .normalize();
        Path base = home.resolveSibling("node-" + name);
        deleteTree(base);
        Files.createDirectories(base.resolve("data"));
        Files.createDirectories(base.resolve("log"));
        copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
        copyTree(home.resolve("standalone/deployments"), base.resolve("deployments"));
        copyTree(home.resolve("standalone/data/content"), base.resolve("data/content"));
        List<String> itsCommand = new ArrayList<>();
        String standalone = home.resolve("standalone").toString();
        for (String argument : command) {
            if (argument.equals("-jar")) {
                itsCommand.add("-Djboss.server.base.dir=" + base);
                itsCommand.add("-Djboss.node.name=" + name);
                itsCommand.add("-Djboss.socket.binding.port-offset=" + portOffset);
            }
            if (!argument.startsWith("-Djboss.server.base.dir=")) {
                itsCommand.add(argument.replace(standalone, base.toString()));
            }
        }
        Map<String, String> itsEnvironment = new LinkedHashMap<>(environment);
        itsEnvironment.put("TRIBUTARY_NODE_NAME", name);
        ServerProcess server = new ServerProcess(null, itsCommand, itsEnvironment, managementPort + portOffset);
        server.startAgain();
        return server;
    }

    public int managementPort() {
        return managementPort;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public void kill() {
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    /**
     * Suspends the server as an operator does before stopping it: it finishes the requests it has, answers new ones
     * 503 and its readiness says DOWN, so a balancer takes it out.
     */
    public void suspend() throws IOException, InterruptedException {
        cli(":suspend(suspend-timeout=30)");
    }

    /** Shuts the server down and waits until its process has ended. */
    public void shutdown() throws IOException, InterruptedException {
        cli(":shutdown");
        await().atMost(Duration.ofMinutes(1)).until(() -> !process.isAlive());
    }

    /** Stops the broker handing out a queue's messages: they wait in its journal (not kept over a restart). */
    public void pauseQueue(String queue) throws IOException, InterruptedException {
        cli("/subsystem=messaging-activemq/server=default/jms-queue=" + queue + ":pause");
    }

    public void resumeQueue(String queue) throws IOException, InterruptedException {
        cli("/subsystem=messaging-activemq/server=default/jms-queue=" + queue + ":resume");
    }

    private String cli(String operation) throws IOException, InterruptedException {
        Path cli = Path.of(SystemUnderTest.property("it.server.dir"), "bin", "jboss-cli.sh");
        Process run = new ProcessBuilder(
                        cli.toString(),
                        "--connect",
                        "--controller=127.0.0.1:" + managementPort,
                        "--command=" + operation)
                .redirectErrorStream(true)
                .start();
        String said = new String(run.getInputStream().readAllBytes());
        if (run.waitFor() != 0) {
            throw new IllegalStateException(operation + " was refused: " + said);
        }
        return said;
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
        if (environment.containsKey("TRIBUTARY_NODE_NAME")) {
            log = log.resolveSibling("server-" + environment.get("TRIBUTARY_NODE_NAME") + ".log");
        }
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
        Process started = builder.start();
        process = started.toHandle();
        return started;
    }

    /** Eight minutes: on a machine shared with other builds a boot has taken over four. */
    private void awaitReady() {
        String ready = "http://127.0.0.1:" + managementPort + "/health/ready";
        await().atMost(Duration.ofMinutes(8))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> SystemUnderTest.getAt(ready).statusCode() == 200);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
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
