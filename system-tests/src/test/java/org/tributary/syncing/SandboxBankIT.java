package org.tributary.syncing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.tributary.platform.Api;
import org.tributary.platform.SharedResources;
import org.tributary.platform.SystemUnderTest;
import org.tributary.sandbox.SandboxBank;

/**
 * The sandbox bank that {@code bin/run} starts, connected as a person would: a setup token made on its page, a year
 * of two accounts (dollars and euros, the last days pending) fetched and imported; the bank answering nonsense with
 * its switch set so, then answering again with nothing new to add.
 */
@ResourceLock(SharedResources.SANDBOX_BANK_PORT)
class SandboxBankIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SandboxBank bank;

    @BeforeAll
    static void open() throws Exception {
        bank = new SandboxBank(Integer.parseInt(SystemUnderTest.property("it.sandbox.port")));
        bank.start();
    }

    @AfterAll
    static void close() {
        bank.stop();
    }

    @Test
    void aYearOfTwoAccountsArrivesAndABadDayOfTheBankIsSaidSo() throws Exception {
        Api person = Api.signedInUser();
        var created = person.post(
                "/api/v1/sources",
                "{\"kind\":\"BANK_API\",\"provider\":\"simplefin\",\"name\":\"Sandbox Bank\","
                        + "\"credentials\":{\"setupToken\":\"" + tokenFromThePage() + "\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String sourceId = json(created).path("id").asText();

        JsonNode first = lastSync(person, sourceId, 1);
        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(first.path("rejected").asInt()).isZero();
        int year = first.path("imported").asInt();
        assertThat(year).as("90 days of two accounts on the first fetch").isGreaterThan(60);
        JsonNode transactions = json(person.get("/api/v1/transactions?source=" + sourceId + "&size=200"));
        assertThat(transactions.toString()).contains("\"currency\":\"USD\"", "\"currency\":\"EUR\"");

        post("/simplefin/switch?mode=malformed");
        try {
            assertThat(person.post("/api/v1/sources/" + sourceId + "/sync", "").statusCode())
                    .isEqualTo(202);
            assertThat(lastSync(person, sourceId, 2).path("status").asText()).isEqualTo("FAILED");
            assertThat(json(person.get("/api/v1/sources/" + sourceId))
                            .path("status")
                            .asText())
                    .isEqualTo("ERROR");
        } finally {
            post("/simplefin/switch?mode=ok");
        }

        assertThat(person.post("/api/v1/sources/" + sourceId + "/sync", "").statusCode())
                .isEqualTo(202);
        JsonNode again = lastSync(person, sourceId, 3);
        assertThat(again.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(again.path("imported").asInt())
                .as("nothing new since the first fetch")
                .isZero();
        assertThat(json(person.get("/api/v1/sources/" + sourceId))
                        .path("status")
                        .asText())
                .isEqualTo("ACTIVE");
    }

    private static String tokenFromThePage() throws Exception {
        assertThat(HTTP.send(
                                HttpRequest.newBuilder(URI.create(bank.tokenPage()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("<form method=\"post\">");
        String page = post("/simplefin/create").body();
        Matcher token =
                Pattern.compile("<textarea[^>]*>([A-Za-z0-9+/=]+)</textarea>").matcher(page);
        assertThat(token.find()).as(page).isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> post(String path) throws Exception {
        String base = bank.tokenPage().replace("/simplefin/create", "");
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode lastSync(Api person, String sourceId, int count) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    JsonNode runs = json(person.get("/api/v1/imports?source=" + sourceId));
                    return runs.size() == count
                            && runs.get(0).path("status").asText().matches("COMPLETED|FAILED");
                });
        return json(person.get("/api/v1/imports?source=" + sourceId)).get(0);
    }
}
