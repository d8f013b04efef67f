package org.tributary.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The deployed system as the tests reach it: HTTP on the application and management ports, JMS over the
 * HTTP upgrade acceptor, and JDBC to the same PostgreSQL and ClickHouse the server uses. Addresses come
 * from system properties set by system-tests/pom.xml.
 */
public final class SystemUnderTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SystemUnderTest() {}

    public static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (see system-tests/pom.xml)");
        }
        return value;
    }

    public static HttpResponse<String> get(String baseProperty, String path) {
        return getAt(property(baseProperty) + path);
    }

    /** A GET of a whole address (another server's, a balancer's). */
    public static HttpResponse<String> getAt(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> app(String path) {
        return get("it.http.url", path);
    }

    public static HttpResponse<String> management(String path) {
        return get("it.management.url", path);
    }

    /** The response's body as JSON; a body that is not JSON fails with the status and the body's start, to tell why. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            String body = response.body() == null ? "" : response.body();
            throw new UncheckedIOException(
                    response.request().method() + " " + response.uri() + " answered " + response.statusCode()
                            + " with no JSON: " + body.substring(0, Math.min(body.length(), 300)),
                    e);
        }
    }

    public static Connection postgres() throws SQLException {
        return DriverManager.getConnection(property("it.db.url"), property("it.db.user"), property("it.db.password"));
    }

    /** Runs {@code bin/clickhouse COMMAND} on the test's ClickHouse: stop, start, freeze or thaw. */
    public static void clickHouseControl(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(property("it.clickhouse.control"), command)
                .inheritIO()
                .start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new AssertionError("bin/clickhouse " + command + " exited with " + exit);
        }
    }

    public static Connection clickHouse() throws SQLException {
        return DriverManager.getConnection(property("it.clickhouse.url"), new Properties());
    }

    public static String clickHouseDatabase() {
        return property("it.clickhouse.database");
    }

    public static ActiveMQConnectionFactory broker() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(property("it.jms.url"));
        factory.setUser(property("it.jms.user"));
        factory.setPassword(property("it.jms.password"));
        return factory;
    }
}
