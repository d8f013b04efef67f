package org.tributary.syncing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tributary.platform.Api;

/**
 * A person's browser going through a bank's consent: the connection asked for in Tributary (its cookie kept, as a
 * browser keeps it), the bank's consent page answered, and the bank's redirect back followed with that cookie.
 */
final class ConsentFlow {

    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** What POST /sources (or reconnect) answered: the connection, where to consent, and the browser's cookie. */
    record Asked(String sourceId, String connectUrl, String cookie) {}

    private ConsentFlow() {}

    static Asked connect(Api person, String provider, String institutionId) {
        HttpResponse<String> created = person.post(
                "/api/v1/sources",
                "{\"kind\":\"BANK_API\",\"provider\":\"" + provider + "\",\"institutionId\":\"" + institutionId
                        + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode source = json(created);
        assertThat(source.path("status").asText()).isEqualTo("AWAITING_CONSENT");
        return new Asked(source.path("id").asText(), source.path("connectUrl").asText(), cookieOf(created));
    }

    static Asked reconnect(Api person, String sourceId) {
        HttpResponse<String> answer = person.post("/api/v1/sources/" + sourceId + "/reconnect", "{}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new Asked(sourceId, json(answer).path("connectUrl").asText(), cookieOf(answer));
    }

    private static String cookieOf(HttpResponse<String> response) {
        Optional<String> cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("tributary_connect="))
                .findFirst();
        assertThat(cookie).as("the consent cookie").isPresent();
        assertThat(cookie.get()).contains("HttpOnly", "SameSite=Lax", "Path=/api/v1/bank-consents");
        return cookie.get().split(";", 2)[0];
    }

    /** Answers the bank's consent form; returns where the bank sends the browser back. */
    static URI consent(String connectUrl, String formFields) throws Exception {
        HttpResponse<String> page =
                HTTP.send(HttpRequest.newBuilder(URI.create(connectUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form", "method=\"post\"").doesNotContain("<script");
        HttpResponse<String> decided = HTTP.send(
                HttpRequest.newBuilder(URI.create(connectUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formFields))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(302);
        return URI.create(decided.headers().firstValue("Location").orElseThrow());
    }

    /** Follows the bank's redirect back to Tributary, with the browser's cookie or without one. */
    static HttpResponse<String> back(URI returnLink, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(returnLink);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String field(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The person's connections of a provider, oldest first. */
    static List<JsonNode> connections(Api person, String provider) {
        List<JsonNode> found = new ArrayList<>();
        json(person.get("/api/v1/sources")).forEach(s -> {
            if (provider.equals(s.path("provider").asText())) {
                found.add(s);
            }
        });
        return found;
    }

    /** The source's newest import run once it has ended, waiting for the {@code count}-th. */
    static JsonNode lastSync(Api person, String sourceId, int count) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    JsonNode runs = json(person.get("/api/v1/imports?source=" + sourceId));
                    return runs.size() == count
                            && runs.get(0).path("status").asText().matches("COMPLETED|FAILED");
                });
        return json(person.get("/api/v1/imports?source=" + sourceId)).get(0);
    }

    /** How many transactions the source holds and their sum, from the ledger the API serves. */
    record Totals(int count, BigDecimal sum) {
        Totals {
            sum = sum.setScale(4, java.math.RoundingMode.UNNECESSARY);
        }
    }

    static Totals ledger(Api person, String sourceId) {
        int count = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (int page = 0; ; page++) {
            JsonNode items = json(person.get("/api/v1/transactions?source=" + sourceId + "&size=500&page=" + page));
            JsonNode list = items.isArray() ? items : items.path("items");
            if (list.isEmpty()) {
                break;
            }
            for (JsonNode t : list) {
                count++;
                sum = sum.add(new BigDecimal(t.path("amount").asText()));
            }
            if (list.size() < 500) {
                break;
            }
        }
        return new Totals(count, sum);
    }
}
