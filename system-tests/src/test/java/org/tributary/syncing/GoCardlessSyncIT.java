package org.tributary.syncing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;
import static org.tributary.syncing.ConsentFlow.HTTP;
import static org.tributary.syncing.ConsentFlow.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.tributary.platform.Api;
import org.tributary.platform.SharedResources;
import org.tributary.platform.SystemUnderTest;
import org.tributary.sandbox.SandboxBank;

/**
 * A bank connected through GoCardless Bank Account Data (issue 17), GoCardless played by the sandbox bank: the person
 * is sent to the bank's consent page and back; the return link works only in the browser that asked (its cookie
 * holds the state); each account of the requisition becomes a connection of its own whose ledger equals the bank's
 * transactions to the cent, and fetching again adds nothing; the consent's end is shown ahead and, once reached,
 * asks the person to reconnect, which renews the same connections; a bank that fails, asks to wait or revokes the
 * server's token ends in a clear status or a retried success, nothing lost or doubled.
 */
@ResourceLock(SharedResources.SANDBOX_BANK_PORT)
class GoCardlessSyncIT {

    private static final ObjectMapper JSON = new ObjectMapper();
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

    @AfterEach
    void bankBackToNormal() throws Exception {
        sandbox("/gocardless/switch?mode=ok");
    }

    @Test
    void eachAccountOfTheConsentIsAConnectionWhoseLedgerEqualsTheBanksToTheCent() throws Exception {
        Api person = Api.signedInUser();
        var banks = json(person.get("/api/v1/banks?provider=gocardless&country=GB"));
        assertThat(banks.toString()).contains("SANDBOXBANK_SBOXGB2L", "Sandbox Bank");

        ConsentFlow.Asked asked = ConsentFlow.connect(person, "gocardless", "SANDBOXBANK_SBOXGB2L");
        assertThat(asked.connectUrl()).startsWith(bank.gocardlessBase() + "/consent/");
        URI back = ConsentFlow.consent(asked.connectUrl(), field("decision", "approve"));
        assertThat(back.getPath()).startsWith("/api/v1/bank-consents/return/");
        assertThat(back.getQuery()).startsWith("ref=");

        HttpResponse<String> returned = ConsentFlow.back(back, asked.cookie());
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat(returned.body()).contains("/app/sources.xhtml?connected=" + asked.sourceId());
        assertThat(returned.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("tributary_connect=;"));

        List<JsonNode> connections = ConsentFlow.connections(person, "gocardless");
        assertThat(connections).hasSize(2);
        Map<String, ConsentFlow.Totals> bankTotals = bankTotals(requisitionOf(asked.connectUrl()));
        for (JsonNode connection : connections) {
            String id = connection.path("id").asText();
            JsonNode run = ConsentFlow.lastSync(person, id, 1);
            assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
            assertThat(run.path("rejected").asInt()).isZero();
            JsonNode source = json(person.get("/api/v1/sources/" + id));
            assertThat(source.path("status").asText()).isEqualTo("ACTIVE");
            String currency = source.path("currency").asText();
            assertThat(currency).isIn("USD", "EUR");
            Instant expires = Instant.parse(source.path("consentExpiresAt").asText());
            assertThat(expires)
                    .isBetween(
                            Instant.now().plus(Duration.ofDays(89)),
                            Instant.now().plus(Duration.ofDays(91)));
            ConsentFlow.Totals ledger = ConsentFlow.ledger(person, id);
            assertThat(ledger.count())
                    .as(currency)
                    .isEqualTo(bankTotals.get(currency).count());
            assertThat(ledger.sum())
                    .as(currency)
                    .isEqualByComparingTo(bankTotals.get(currency).sum());
        }
        assertThat(person.get("/api/v1/sources").body())
                .doesNotContain("requisitionId", "accountId", "sandbox-secret", "connectUrl\":\"http");

        String checking = connections.get(0).path("id").asText();
        ConsentFlow.Totals before = ConsentFlow.ledger(person, checking);
        assertThat(person.post("/api/v1/sources/" + checking + "/sync", "").statusCode())
                .isEqualTo(202);
        JsonNode again = ConsentFlow.lastSync(person, checking, 2);
        assertThat(again.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(again.path("imported").asInt())
                .as("nothing new since the first fetch")
                .isZero();
        assertThat(ConsentFlow.ledger(person, checking)).isEqualTo(before);

        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement raw = db.prepareStatement(
                        "select count(*), min(request), bool_and(status = 200) from raw_gocardless.responses where source_id = ?")) {
            raw.setObject(1, UUID.fromString(checking));
            try (ResultSet rows = raw.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("each answer kept as received").isEqualTo(2);
                assertThat(rows.getString(2))
                        .startsWith("GET /api/v2/accounts/")
                        .endsWith("/transactions/");
                assertThat(rows.getBoolean(3)).isTrue();
            }
        }
    }

    @Test
    void theReturnLinkWorksOnlyInTheBrowserThatAskedAndOnlyOnce() throws Exception {
        Api person = Api.signedInUser();
        ConsentFlow.Asked asked = ConsentFlow.connect(person, "gocardless", "SANDBOXBANK_SBOXGB2L");
        URI back = ConsentFlow.consent(asked.connectUrl(), field("decision", "approve"));

        HttpResponse<String> noCookie = ConsentFlow.back(back, null);
        assertThat(noCookie.statusCode()).isEqualTo(403);
        assertThat(noCookie.body()).contains("connect=elsewhere");
        HttpResponse<String> otherCookie = ConsentFlow.back(back, "tributary_connect=someone-elses-state");
        assertThat(otherCookie.statusCode()).isEqualTo(403);
        assertThat(ConsentFlow.connections(person, "gocardless"))
                .singleElement()
                .satisfies(s -> assertThat(s.path("status").asText()).isEqualTo("AWAITING_CONSENT"));

        assertThat(ConsentFlow.back(back, asked.cookie()).statusCode()).isEqualTo(200);
        HttpResponse<String> twice = ConsentFlow.back(back, asked.cookie());
        assertThat(twice.statusCode()).isEqualTo(410);
        assertThat(twice.body()).contains("connect=used");
        assertThat(ConsentFlow.connections(person, "gocardless")).hasSize(2);
    }

    @Test
    void aConsentRefusedAtTheBankConnectsNothingAndSaysSo() throws Exception {
        Api person = Api.signedInUser();
        ConsentFlow.Asked asked = ConsentFlow.connect(person, "gocardless", "SANDBOXBANK_SBOXGB2L");
        URI back = ConsentFlow.consent(asked.connectUrl(), field("decision", "deny"));
        assertThat(back.getQuery()).contains("error=");

        HttpResponse<String> returned = ConsentFlow.back(back, asked.cookie());
        assertThat(returned.statusCode()).isEqualTo(200);
        assertThat(returned.body()).contains("notConnected=" + asked.sourceId());
        JsonNode source = json(person.get("/api/v1/sources/" + asked.sourceId()));
        assertThat(source.path("status").asText()).isEqualTo("NEEDS_RECONNECT");
        assertThat(source.path("lastError").asText()).contains("consent");
        assertThat(person.post("/api/v1/sources/" + asked.sourceId() + "/sync", "")
                        .statusCode())
                .isEqualTo(409);
        assertThat(json(person.get("/api/v1/imports?source=" + asked.sourceId())))
                .isEmpty();
    }

    @Test
    void aConsentEndingSoonIsShownAheadAndOnceEndedReconnectingRenewsTheSameConnections() throws Exception {
        Api person = Api.signedInUser();
        ConsentFlow.Asked asked = ConsentFlow.connect(person, "gocardless", "SANDBOXBANK_SHORT_SBOXGB3S");
        ConsentFlow.back(ConsentFlow.consent(asked.connectUrl(), field("decision", "approve")), asked.cookie());
        List<JsonNode> connections = ConsentFlow.connections(person, "gocardless");
        assertThat(connections).hasSize(2);
        Map<String, ConsentFlow.Totals> first = new HashMap<>();
        for (JsonNode connection : connections) {
            String id = connection.path("id").asText();
            assertThat(ConsentFlow.lastSync(person, id, 1).path("status").asText())
                    .isEqualTo("COMPLETED");
            JsonNode source = json(person.get("/api/v1/sources/" + id));
            assertThat(Instant.parse(source.path("consentExpiresAt").asText()))
                    .as("the bank gives five days: the person is told ahead")
                    .isBefore(Instant.now().plus(Duration.ofDays(7)));
            first.put(id, ConsentFlow.ledger(person, id));
        }

        sandbox("/gocardless/switch?mode=expire-consent");
        String checking = connections.get(0).path("id").asText();
        assertThat(person.post("/api/v1/sources/" + checking + "/sync", "").statusCode())
                .isEqualTo(202);
        assertThat(ConsentFlow.lastSync(person, checking, 2).path("status").asText())
                .isEqualTo("FAILED");
        JsonNode ended = json(person.get("/api/v1/sources/" + checking));
        assertThat(ended.path("status").asText()).isEqualTo("NEEDS_RECONNECT");
        assertThat(ended.path("lastError").asText()).contains("consent has ended");
        assertThat(ended.hasNonNull("nextSyncAt")).as("it waits for the person").isFalse();

        ConsentFlow.Asked renewed = ConsentFlow.reconnect(person, checking);
        HttpResponse<String> back = ConsentFlow.back(
                ConsentFlow.consent(renewed.connectUrl(), field("decision", "approve")), renewed.cookie());
        assertThat(back.body()).contains("connected=" + checking);
        assertThat(ConsentFlow.connections(person, "gocardless"))
                .as("the same accounts, the same connections")
                .hasSize(2);
        for (JsonNode connection : connections) {
            String id = connection.path("id").asText();
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                JsonNode runs = json(person.get("/api/v1/imports?source=" + id));
                return runs.get(0).path("status").asText().equals("COMPLETED")
                        && json(person.get("/api/v1/sources/" + id))
                                .path("status")
                                .asText()
                                .equals("ACTIVE");
            });
            assertThat(ConsentFlow.ledger(person, id)).as("nothing doubled").isEqualTo(first.get(id));
        }
    }

    @Test
    void aBankThatFailsAsksToWaitOrRevokesTheTokenEndsInAClearStatusOrARetriedSuccess() throws Exception {
        Api person = Api.signedInUser();
        ConsentFlow.Asked asked = ConsentFlow.connect(person, "gocardless", "SANDBOXBANK_SBOXGB2L");
        ConsentFlow.back(ConsentFlow.consent(asked.connectUrl(), field("decision", "approve")), asked.cookie());
        String id = asked.sourceId();
        assertThat(ConsentFlow.lastSync(person, id, 1).path("status").asText()).isEqualTo("COMPLETED");
        ConsentFlow.Totals whole = ConsentFlow.ledger(person, id);

        sandbox("/gocardless/switch?mode=500");
        assertThat(person.post("/api/v1/sources/" + id + "/sync", "").statusCode())
                .isEqualTo(202);
        assertThat(ConsentFlow.lastSync(person, id, 2).path("status").asText()).isEqualTo("FAILED");
        JsonNode failed = json(person.get("/api/v1/sources/" + id));
        assertThat(failed.path("status").asText()).isEqualTo("ERROR");
        assertThat(failed.path("lastError").asText()).contains("GoCardless answered HTTP 500");

        sandbox("/gocardless/switch?mode=expired-token");
        assertThat(person.post("/api/v1/sources/" + id + "/sync", "").statusCode())
                .isEqualTo(202);
        JsonNode retried = ConsentFlow.lastSync(person, id, 3);
        assertThat(retried.path("status").asText()).as("a new token is bought").isEqualTo("COMPLETED");
        assertThat(ConsentFlow.ledger(person, id)).as("nothing lost or doubled").isEqualTo(whole);

        sandbox("/gocardless/switch?mode=429");
        assertThat(person.post("/api/v1/sources/" + id + "/sync", "").statusCode())
                .isEqualTo(202);
        assertThat(ConsentFlow.lastSync(person, id, 4).path("status").asText()).isEqualTo("FAILED");
        JsonNode waiting = json(person.get("/api/v1/sources/" + id));
        assertThat(waiting.path("lastError").asText()).contains("only a few fetches a day");
        assertThat(Instant.parse(waiting.path("nextSyncAt").asText()))
                .as("not asked again before the bank's reset")
                .isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        HttpResponse<String> tooSoon = person.post("/api/v1/sources/" + id + "/sync", "");
        assertThat(tooSoon.statusCode()).isEqualTo(429);
        assertThat(tooSoon.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void disconnectingKeepsTheTransactionsWhenAskedAndWithdrawsTheConsentOnceNoConnectionUsesIt() throws Exception {
        Api person = Api.signedInUser();
        ConsentFlow.Asked asked = ConsentFlow.connect(person, "gocardless", "SANDBOXBANK_SBOXGB2L");
        ConsentFlow.back(ConsentFlow.consent(asked.connectUrl(), field("decision", "approve")), asked.cookie());
        List<JsonNode> connections = ConsentFlow.connections(person, "gocardless");
        assertThat(connections).hasSize(2);
        String checking = connections.get(0).path("id").asText();
        String card = connections.get(1).path("id").asText();
        for (String id : List.of(checking, card)) {
            assertThat(ConsentFlow.lastSync(person, id, 1).path("status").asText())
                    .isEqualTo("COMPLETED");
        }
        ConsentFlow.Totals cardTotals = ConsentFlow.ledger(person, card);
        String requisition = requisitionOf(asked.connectUrl());

        HttpResponse<String> kept = person.delete("/api/v1/sources/" + card + "?keepTransactions=true");
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        assertThat(json(kept).path("kind").asText()).isEqualTo("FILE");
        assertThat(ConsentFlow.ledger(person, card)).as("its transactions stay").isEqualTo(cardTotals);
        assertThat(person.post("/api/v1/sources/" + card + "/sync", "").statusCode())
                .isEqualTo(400);
        assertThat(requisitionStatus(requisition))
                .as("the checking account still uses the consent")
                .isEqualTo(200);

        assertThat(person.delete("/api/v1/sources/" + checking).statusCode()).isEqualTo(204);
        assertThat(requisitionStatus(requisition)).as("withdrawn at GoCardless").isNotEqualTo(200);
        assertThat(ConsentFlow.connections(person, "gocardless")).isEmpty();
    }

    private static int requisitionStatus(String requisitionId) throws Exception {
        String token = JSON.readTree(sandbox(
                                "/gocardless/api/v2/token/new/",
                                "{\"secret_id\":\"" + SandboxBank.GOCARDLESS_SECRET_ID + "\",\"secret_key\":\""
                                        + SandboxBank.GOCARDLESS_SECRET_KEY + "\"}",
                                null)
                        .body())
                .path("access")
                .asText();
        return sandboxGet("/gocardless/api/v2/requisitions/" + requisitionId + "/", token)
                .statusCode();
    }

    /** The sandbox's own figures for a requisition's accounts, by currency: the truth the ledger must equal. */
    private static Map<String, ConsentFlow.Totals> bankTotals(String requisitionId) throws Exception {
        String token = JSON.readTree(sandbox(
                                "/gocardless/api/v2/token/new/",
                                "{\"secret_id\":\"" + SandboxBank.GOCARDLESS_SECRET_ID + "\",\"secret_key\":\""
                                        + SandboxBank.GOCARDLESS_SECRET_KEY + "\"}",
                                null)
                        .body())
                .path("access")
                .asText();
        JsonNode requisition = JSON.readTree(sandboxGet("/gocardless/api/v2/requisitions/" + requisitionId + "/", token)
                .body());
        Map<String, ConsentFlow.Totals> totals = new HashMap<>();
        String since = LocalDate.now(ZoneOffset.UTC).minusYears(2).toString();
        for (JsonNode account : requisition.path("accounts")) {
            JsonNode transactions = JSON.readTree(sandboxGet(
                                    "/gocardless/api/v2/accounts/" + account.asText() + "/transactions/?date_from="
                                            + since,
                                    token)
                            .body())
                    .path("transactions");
            int count = 0;
            BigDecimal sum = BigDecimal.ZERO;
            String currency = null;
            for (String list : new String[] {"booked", "pending"}) {
                for (JsonNode t : transactions.path(list)) {
                    count++;
                    sum = sum.add(new BigDecimal(
                            t.path("transactionAmount").path("amount").asText()));
                    currency = t.path("transactionAmount").path("currency").asText();
                }
            }
            totals.put(currency, new ConsentFlow.Totals(count, sum));
        }
        return totals;
    }

    private static String requisitionOf(String connectUrl) {
        return connectUrl.substring(connectUrl.lastIndexOf('/') + 1);
    }

    static HttpResponse<String> sandbox(String path) throws Exception {
        return sandbox(path, "", null);
    }

    private static HttpResponse<String> sandbox(String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> sandboxGet(String path, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String base() {
        return bank.gocardlessBase().replace("/gocardless", "");
    }
}
