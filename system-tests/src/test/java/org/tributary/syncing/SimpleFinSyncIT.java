package org.tributary.syncing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.tributary.importing.RunRows;
import org.tributary.platform.Api;
import org.tributary.platform.SharedResources;
import org.tributary.platform.SystemUnderTest;

/**
 * A bank connected through SimpleFIN Bridge (issue 17), the bridge played by a WireMock stub speaking the
 * SimpleFIN protocol: the setup token is claimed once and the access kept sealed (never returned); the first sync
 * imports the Account Set through the same pipeline as a file; a later sync adds only what is new, and a pending
 * payment that has since been posted stays one transaction; a connection fetches by itself once its interval has
 * passed; a sync asked while one runs is a 409; a refused access asks the person to reconnect, and a new setup
 * token does; a bank that answered 429 is not asked again before its Retry-After; 500s end in a failed sync with its
 * reason; tokens that are not SimpleFIN's, or point anywhere but the configured bridge, are 400s with no request made.
 */
@ResourceLock(SharedResources.STUB_SERVER)
class SimpleFinSyncIT {

    private static WireMock bridge;
    private static String port;

    @BeforeAll
    static void connect() {
        port = SimpleFinStub.port();
        bridge = SimpleFinStub.bridge();
    }

    @Test
    void theFirstSyncImportsTheAccountSetAndALaterOneOnlyWhatIsNewWithAPostedPaymentOnce() {
        Api person = Api.signedInUser();
        String key = UUID.randomUUID().toString();
        String setupToken = SimpleFinStub.claimable(bridge, key);
        bridge.register(get(urlPathEqualTo("/simplefin/bridge-" + key + "/accounts"))
                .withBasicAuth("user-" + key, "s3cret-" + key)
                .willReturn(okJson(SimpleFinStub.accountSet(
                        SimpleFinStub.transaction("t1", 20, "-42.50", "KWIK TRIP 123", false),
                        SimpleFinStub.transaction("t2", 10, "2500.00", "ACME PAYROLL", false),
                        SimpleFinStub.transaction("t3", 1, "-15.99", "NETFLIX.COM", true)))));

        var created = person.post(
                "/api/v1/sources",
                "{\"kind\":\"BANK_API\",\"provider\":\"simplefin\",\"name\":\"Credit union\","
                        + "\"credentials\":{\"setupToken\":\"" + setupToken + "\"}}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("s3cret", "bridge-" + key, setupToken);
        String sourceId = json(created).path("id").asText();
        assertThat(json(created).path("status").asText()).isEqualTo("SYNCING");
        JsonNode first = lastSync(person, sourceId);
        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(first.path("imported").asInt()).isEqualTo(3);
        JsonNode source = json(person.get("/api/v1/sources/" + sourceId));
        assertThat(source.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(source.path("lastSyncedAt").isNull()).isFalse();
        assertThat(person.get("/api/v1/sources").body()).doesNotContain("s3cret", "bridge-" + key);

        List<LoggedRequest> asked =
                bridge.find(getRequestedFor(urlPathEqualTo("/simplefin/bridge-" + key + "/accounts")));
        assertThat(asked).hasSize(1);
        long ninetyDaysAgo = LocalDate.now(ZoneOffset.UTC)
                .minusDays(90)
                .atStartOfDay(ZoneOffset.UTC)
                .toEpochSecond();
        assertThat(asked.get(0).queryParameter("start-date").firstValue()).isEqualTo(Long.toString(ninetyDaysAgo));
        assertThat(asked.get(0).queryParameter("pending").firstValue()).isEqualTo("1");

        bridge.register(get(urlPathEqualTo("/simplefin/bridge-" + key + "/accounts"))
                .atPriority(1)
                .withBasicAuth("user-" + key, "s3cret-" + key)
                .willReturn(okJson(SimpleFinStub.accountSet(
                        SimpleFinStub.transaction("t1", 20, "-42.50", "KWIK TRIP 123", false),
                        SimpleFinStub.transaction("t2", 10, "2500.00", "ACME PAYROLL", false),
                        SimpleFinStub.transaction("t3", 1, "-15.99", "NETFLIX.COM", false),
                        SimpleFinStub.transaction("t4", 0, "-7.25", "STARBUCKS 8812", false)))));
        var sync = person.post("/api/v1/sources/" + sourceId + "/sync", "");
        assertThat(sync.statusCode()).as(sync.body()).isEqualTo(202);
        JsonNode second = finished(person, json(sync).path("importId").asText());
        assertThat(second.path("status").asText()).as(second.toString()).isEqualTo("COMPLETED");

        JsonNode transactions = json(person.get("/api/v1/transactions?source=" + sourceId + "&size=50"));
        assertThat(transactions.path("total").asInt())
                .as(transactions.toString())
                .isEqualTo(4);
        assertThat(transactions.toString()).contains("-7.25", "-15.99");
        List<LoggedRequest> again =
                bridge.find(getRequestedFor(urlPathEqualTo("/simplefin/bridge-" + key + "/accounts")));
        long overlap = LocalDate.now(ZoneOffset.UTC)
                .minusDays(10 + 14)
                .atStartOfDay(ZoneOffset.UTC)
                .toEpochSecond();
        assertThat(again.get(again.size() - 1).queryParameter("start-date").firstValue())
                .as("from a fortnight before the last booked day")
                .isEqualTo(Long.toString(overlap));
    }

    @Test
    void aConnectionFetchesByItselfOnceItsIntervalHasPassed() throws Exception {
        Api person = Api.signedInUser();
        String key = UUID.randomUUID().toString();
        bridge.register(get(urlPathEqualTo(SimpleFinStub.accountsPath(key)))
                .willReturn(okJson(SimpleFinStub.accountSet(
                        SimpleFinStub.transaction("d1", 4, "-31.00", "SHELL OIL 5744", false)))));
        String sourceId = connected(person, key);
        assertThat(lastSync(person, sourceId).path("status").asText()).isEqualTo("COMPLETED");
        JsonNode synced = json(person.get("/api/v1/sources/" + sourceId));
        assertThat(Instant.parse(synced.path("nextSyncAt").asText()))
                .isEqualTo(Instant.parse(synced.path("lastSyncedAt").asText()).plus(Duration.ofHours(6)));

        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement sevenHoursAgo = db.prepareStatement(
                        "update sources set last_synced_at = now() - interval '7 hours' where id = ?")) {
            sevenHoursAgo.setObject(1, UUID.fromString(sourceId));
            assertThat(sevenHoursAgo.executeUpdate()).isEqualTo(1);
        }

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() ->
                        json(person.get("/api/v1/imports?source=" + sourceId)).size() == 2);
        assertThat(lastSync(person, sourceId).path("duplicates").asInt()).isEqualTo(1);
        assertThat(bridge.find(getRequestedFor(urlPathEqualTo(SimpleFinStub.accountsPath(key)))))
                .hasSize(2);
    }

    @Test
    void aBankThatAsksToWaitIsNotAskedAgainBeforeThen() {
        Api person = Api.signedInUser();
        String key = UUID.randomUUID().toString();
        bridge.register(get(urlPathEqualTo(SimpleFinStub.accountsPath(key)))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7200")));
        String sourceId = connected(person, key);
        assertThat(lastSync(person, sourceId).path("status").asText()).isEqualTo("FAILED");
        assertThat(bridge.find(getRequestedFor(urlPathEqualTo(SimpleFinStub.accountsPath(key)))))
                .as("not retried")
                .hasSize(1);
        JsonNode waiting = json(person.get("/api/v1/sources/" + sourceId));
        assertThat(waiting.path("status").asText()).isEqualTo("ERROR");
        assertThat(waiting.path("lastError").asText()).contains("429");
        assertThat(Instant.parse(waiting.path("nextSyncAt").asText()))
                .isAfter(Instant.now().plus(Duration.ofMinutes(110)));

        var again = person.post("/api/v1/sources/" + sourceId + "/sync", "");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(429);
        assertThat(Long.parseLong(again.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(6_000L, 7_201L);
    }

    @Test
    void aSyncAskedWhileOneRunsIsAConflict() {
        Api person = Api.signedInUser();
        String key = UUID.randomUUID().toString();
        bridge.register(get(urlPathEqualTo("/simplefin/bridge-" + key + "/accounts"))
                .willReturn(
                        okJson(SimpleFinStub.accountSet(SimpleFinStub.transaction("s1", 3, "-9.99", "SPOTIFY", false)))
                                .withFixedDelay(2_000)));
        String sourceId = connected(person, key);

        var again = person.post("/api/v1/sources/" + sourceId + "/sync", "");

        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(lastSync(person, sourceId).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(person.post("/api/v1/sources/" + sourceId + "/sync", "").statusCode())
                .isEqualTo(202);
    }

    @Test
    void aRefusedAccessAsksToReconnectAndFailuresEndInAFailedSyncWithItsReason() {
        Api person = Api.signedInUser();
        String refused = UUID.randomUUID().toString();
        bridge.register(get(urlPathEqualTo("/simplefin/bridge-" + refused + "/accounts"))
                .willReturn(aResponse().withStatus(403).withBody("Forbidden")));
        String refusedSource = connected(person, refused);
        assertThat(lastSync(person, refusedSource).path("status").asText()).isEqualTo("FAILED");
        JsonNode needsReconnecting = json(person.get("/api/v1/sources/" + refusedSource));
        assertThat(needsReconnecting.path("status").asText()).isEqualTo("NEEDS_RECONNECT");
        assertThat(needsReconnecting.path("lastError").asText()).contains("refused");
        var where = person.post("/api/v1/sources/" + refusedSource + "/reconnect", "{}");
        assertThat(where.statusCode()).as(where.body()).isEqualTo(200);
        assertThat(json(where).path("connectUrl").asText()).endsWith("/simplefin/create");
        String renewed = UUID.randomUUID().toString();
        bridge.register(get(urlPathEqualTo(SimpleFinStub.accountsPath(renewed)))
                .willReturn(okJson(SimpleFinStub.accountSet(
                        SimpleFinStub.transaction("r1", 2, "-12.00", "CHIPOTLE 2231", false)))));
        var reconnected = person.post(
                "/api/v1/sources/" + refusedSource + "/reconnect",
                "{\"credentials\":{\"setupToken\":\"" + SimpleFinStub.claimable(bridge, renewed) + "\"}}");
        assertThat(reconnected.statusCode()).as(reconnected.body()).isEqualTo(200);
        assertThat(reconnected.body()).doesNotContain("s3cret");
        JsonNode afterReconnecting =
                finished(person, json(reconnected).path("importId").asText());
        assertThat(afterReconnecting.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(afterReconnecting.path("imported").asInt()).isEqualTo(1);
        JsonNode active = json(person.get("/api/v1/sources/" + refusedSource));
        assertThat(active.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(active.hasNonNull("lastError")).isFalse();

        String broken = UUID.randomUUID().toString();
        bridge.register(get(urlPathEqualTo("/simplefin/bridge-" + broken + "/accounts"))
                .willReturn(aResponse().withStatus(500).withBody("upstream exploded")));
        String brokenSource = connected(person, broken);
        JsonNode failed = lastSync(person, brokenSource);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(bridge.find(getRequestedFor(urlPathEqualTo("/simplefin/bridge-" + broken + "/accounts"))))
                .as("retried")
                .hasSize(3);
        JsonNode inError = json(person.get("/api/v1/sources/" + brokenSource));
        assertThat(inError.path("status").asText()).isEqualTo("ERROR");
        assertThat(inError.path("lastError").asText()).contains("HTTP 500");

        String nonsense = UUID.randomUUID().toString();
        bridge.register(get(urlPathEqualTo("/simplefin/bridge-" + nonsense + "/accounts"))
                .willReturn(okJson("{\"accounts\": [ {\"id\": ")));
        String nonsenseSource = connected(person, nonsense);
        assertThat(lastSync(person, nonsenseSource).path("status").asText()).isEqualTo("FAILED");
        assertThat(json(person.get("/api/v1/sources/" + nonsenseSource))
                        .path("status")
                        .asText())
                .isEqualTo("ERROR");
    }

    @Test
    void aTokenThatIsNotTheBridgesIsRefusedWithoutAsking() {
        Api person = Api.signedInUser();
        String elsewhere = Base64.getEncoder()
                .encodeToString("http://169.254.169.254/latest/meta-data/".getBytes(StandardCharsets.UTF_8));
        String otherPort = Base64.getEncoder()
                .encodeToString(("http://127.0.0.1:"
                                + java.net
                                        .URI
                                        .create(SystemUnderTest.property("it.management.url"))
                                        .getPort() + "/simplefin/")
                        .getBytes(StandardCharsets.UTF_8));
        String used = UUID.randomUUID().toString();
        bridge.register(post(urlPathEqualTo("/simplefin/claim/" + used))
                .willReturn(aResponse().withStatus(403).withBody("Token already claimed")));
        String usedToken = Base64.getEncoder()
                .encodeToString(
                        ("http://127.0.0.1:" + port + "/simplefin/claim/" + used).getBytes(StandardCharsets.UTF_8));

        for (String token : List.of(elsewhere, otherPort, "not a token at all!", usedToken, "")) {
            var response = person.post(
                    "/api/v1/sources",
                    "{\"kind\":\"BANK_API\",\"provider\":\"simplefin\",\"name\":\"Bank\","
                            + "\"credentials\":{\"setupToken\":" + Api.quote(token) + "}}");
            assertThat(response.statusCode()).as(token + ": " + response.body()).isEqualTo(400);
            assertThat(response.body()).contains("setupToken");
        }
        assertThat(json(person.get("/api/v1/sources")).size()).isZero();
        assertThat(json(person.get("/api/v1/banks?provider=simplefin"))
                        .get(0)
                        .path("name")
                        .asText())
                .isEqualTo("SimpleFIN Bridge");
    }

    /** Connects a SimpleFIN source whose bridge answers under {@code bridge-<key>}; returns its id. */
    @Test
    void aSyncWhoseRequestWaitedOnAServerGoneIsAskedAgainHereOnce() throws Exception {
        Api person = Api.signedInUser();
        String key = UUID.randomUUID().toString();
        bridge.register(get(urlPathEqualTo(SimpleFinStub.accountsPath(key)))
                .willReturn(okJson(SimpleFinStub.accountSet(
                        SimpleFinStub.transaction("g1", 3, "-12.40", "SHELL OIL 5744", false)))));
        String sourceId = connected(person, key);
        assertThat(lastSync(person, sourceId).path("status").asText()).isEqualTo("COMPLETED");

        // As a server that stopped before its worker asked the bank would have left a sync: the run queued, its
        // request on that server's broker, the server not seen for minutes.
        UUID stranded = UUID.randomUUID();
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement gone = db.prepareStatement("insert into servers (name, incarnation, seen_at) values"
                        + " ('gone-server', gen_random_uuid(), now() - interval '5 minutes') on conflict (name) do"
                        + " update set seen_at = now() - interval '5 minutes'");
                PreparedStatement run = db.prepareStatement("insert into import_runs (id, user_id, source_id, status,"
                        + " format, file_name, fetched, requested_on, requested_at) select ?, user_id, id, 'QUEUED',"
                        + " 'json', 'SimpleFIN stranded.json', true, 'gone-server', now() - interval '2 minutes'"
                        + " from sources where id = ?")) {
            gone.executeUpdate();
            run.setObject(1, stranded);
            run.setObject(2, UUID.fromString(sourceId));
            assertThat(run.executeUpdate()).isEqualTo(1);
        }

        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> RunRows.text("select status from import_runs where id = ?", stranded)
                        .matches("COMPLETED|FAILED"));
        assertThat(RunRows.text("select status || ' ' || requested_on from import_runs where id = ?", stranded))
                .as("asked again by this server")
                .isNotEqualTo("COMPLETED gone-server")
                .startsWith("COMPLETED ");
        assertThat(bridge.find(getRequestedFor(urlPathEqualTo(SimpleFinStub.accountsPath(key)))))
                .as("the bank asked once more, by the stranded sync")
                .hasSize(2);
        assertThat(json(person.get("/api/v1/sources/" + sourceId))
                        .path("status")
                        .asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void aBankWithNothingNewSyncsNothingAndSaysAllIsWell() {
        Api person = Api.signedInUser();
        String key = UUID.randomUUID().toString();
        bridge.register(
                get(urlPathEqualTo(SimpleFinStub.accountsPath(key))).willReturn(okJson(SimpleFinStub.accountSet())));
        String sourceId = connected(person, key);
        JsonNode run = lastSync(person, sourceId);
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.path("imported").asInt()).isZero();
        assertThat(json(person.get("/api/v1/sources/" + sourceId))
                        .path("status")
                        .asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void aPendingPaymentTheBankBooksUnderAnotherIdIsOneTransaction() {
        Api person = Api.signedInUser();
        String key = UUID.randomUUID().toString();
        bridge.register(get(urlPathEqualTo(SimpleFinStub.accountsPath(key)))
                .willReturn(okJson(SimpleFinStub.accountSet(
                        SimpleFinStub.transaction("b-1", 6, "-31.40", "SHELL OIL 57442", false),
                        SimpleFinStub.transaction("auth-77", 1, "-12.80", "PANERA BREAD #441", true)))));
        String sourceId = connected(person, key);
        assertThat(lastSync(person, sourceId).path("imported").asInt()).isEqualTo(2);

        bridge.register(get(urlPathEqualTo(SimpleFinStub.accountsPath(key)))
                .atPriority(1)
                .willReturn(okJson(SimpleFinStub.accountSet(
                        SimpleFinStub.transaction("b-1", 6, "-31.40", "SHELL OIL 57442", false),
                        SimpleFinStub.transaction("post-9913", 0, "-15.36", "PANERA BREAD #441", false)))));
        var sync = person.post("/api/v1/sources/" + sourceId + "/sync", "");
        assertThat(sync.statusCode()).as(sync.body()).isEqualTo(202);
        assertThat(finished(person, json(sync).path("importId").asText())
                        .path("status")
                        .asText())
                .isEqualTo("COMPLETED");

        JsonNode transactions = json(person.get("/api/v1/transactions?source=" + sourceId + "&size=50"));
        assertThat(transactions.path("total").asInt())
                .as("the card authorisation gone, the posted payment (with its tip) once")
                .isEqualTo(2);
        assertThat(transactions.toString()).contains("-15.36").doesNotContain("-12.80");
    }

    private static String connected(Api person, String key) {
        var created = person.post(
                "/api/v1/sources",
                "{\"kind\":\"BANK_API\",\"provider\":\"simplefin\",\"name\":\"Bank " + key.substring(0, 4) + "\","
                        + "\"credentials\":{\"setupToken\":\"" + SimpleFinStub.claimable(bridge, key) + "\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).path("id").asText();
    }

    private static JsonNode lastSync(Api person, String sourceId) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    JsonNode runs = json(person.get("/api/v1/imports?source=" + sourceId));
                    return runs.size() > 0
                            && runs.get(0).path("status").asText().matches("COMPLETED|FAILED");
                });
        return json(person.get("/api/v1/imports?source=" + sourceId)).get(0);
    }

    private static JsonNode finished(Api person, String importId) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> json(person.get("/api/v1/imports/" + importId))
                        .path("status")
                        .asText()
                        .matches("COMPLETED|FAILED"));
        return json(person.get("/api/v1/imports/" + importId));
    }
}
