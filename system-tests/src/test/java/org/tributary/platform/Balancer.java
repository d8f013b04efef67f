package org.tributary.platform;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** HAProxy in front of servers on this machine, run by {@code bin/balancer} as {@code bin/run --nodes N} runs it. */
final class Balancer implements AutoCloseable {

    private final Process process;
    private final Path socket;
    private final String url;

    private Balancer(Process process, Path socket, String url) {
        this.process = process;
        this.socket = socket;
        this.url = url;
    }

    /**
     * Starts it in front of the servers, each given as {@code name:httpPort:managementPort}, and waits until it
     * answers.
     */
    static Balancer start(String... servers) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path repository =
                Path.of(SystemUnderTest.property("it.readme")).toAbsolutePath().getParent();
        Path target = Path.of(SystemUnderTest.property("it.server.dir"))
                .toAbsolutePath()
                .getParent();
        List<String> command = new ArrayList<>(List.of(
                repository.resolve("bin/balancer").toString(),
                target.resolve("haproxy.cfg").toString(),
                Integer.toString(port)));
        command.addAll(List.of(servers));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(target.resolve("haproxy.log").toFile())
                .start();
        Balancer balancer = new Balancer(process, target.resolve("haproxy.sock"), "http://127.0.0.1:" + port);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() ->
                        SystemUnderTest.getAt(balancer.url + "/sign-in.xhtml").statusCode() == 200);
        return balancer;
    }

    String url() {
        return url;
    }

    /** Waits until the balancer's health checks have taken the server out of rotation. */
    void awaitOutOfRotation(String server) {
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> state(server).startsWith("DOWN"));
    }

    /** The server's state as HAProxy's admin socket reports it (UP, DOWN, "UP 1/2" while changing, …). */
    String state(String server) throws IOException {
        for (String line : ask("show stat").split("\n")) {
            String[] fields = line.split(",", -1);
            // CSV of "show stat": proxy name, server name, …, the 18th field is the status.
            if (fields.length > 17 && fields[0].equals("servers") && fields[1].equals(server)) {
                return fields[17];
            }
        }
        throw new IllegalStateException("the balancer has no server " + server);
    }

    private String ask(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            StringBuilder answer = new StringBuilder();
            while (channel.read(buffer) > 0) {
                buffer.flip();
                answer.append(StandardCharsets.US_ASCII.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
