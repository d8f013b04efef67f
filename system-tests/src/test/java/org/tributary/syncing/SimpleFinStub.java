package org.tributary.syncing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import org.tributary.platform.SystemUnderTest;

/**
 * SimpleFIN Bridge as the tests' WireMock stub plays it (the server is configured to trust it as a bridge): a
 * claim URL per connection that answers an access URL with basic-auth credentials, and Account Sets in the
 * protocol's shape.
 */
public final class SimpleFinStub {

    public static final String PASSWORD_PREFIX = "s3cret-";

    private SimpleFinStub() {}

    public static String port() {
        return SystemUnderTest.property("it.llm.port");
    }

    public static WireMock bridge() {
        return new WireMock("127.0.0.1", Integer.parseInt(port()));
    }

    /** A setup token whose claim URL answers an access URL under {@code /simplefin/bridge-<key>}. */
    public static String claimable(WireMock bridge, String key) {
        String claim = "http://127.0.0.1:" + port() + "/simplefin/claim/" + key;
        bridge.register(post(urlPathEqualTo("/simplefin/claim/" + key))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("http://user-" + key + ":" + PASSWORD_PREFIX + key + "@127.0.0.1:" + port()
                                + "/simplefin/bridge-" + key)));
        return Base64.getEncoder().encodeToString(claim.getBytes(StandardCharsets.UTF_8));
    }

    public static String accountsPath(String key) {
        return "/simplefin/bridge-" + key + "/accounts";
    }

    public static String accountSet(String... transactions) {
        return "{\"errors\":[],\"accounts\":[{\"org\":{\"domain\":\"cu.example\",\"sfin-url\":\"https://sfin.cu.example\"},"
                + "\"id\":\"ACC-1\",\"name\":\"Checking\",\"currency\":\"USD\",\"balance\":\"1000.00\","
                + "\"balance-date\":" + epoch(0) + ",\"transactions\":[" + String.join(",", transactions) + "]}]}";
    }

    public static String transaction(String id, int daysAgo, String amount, String description, boolean pending) {
        return "{\"id\":\"" + id + "\",\"posted\":" + (pending ? 0 : epoch(daysAgo)) + ",\"transacted_at\":"
                + epoch(daysAgo) + ",\"amount\":\"" + amount + "\",\"description\":\"" + description + "\""
                + (pending ? ",\"pending\":true" : "") + "}";
    }

    private static long epoch(int daysAgo) {
        return LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo).atTime(12, 0).toEpochSecond(ZoneOffset.UTC);
    }
}
