package org.tributary.syncing;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.List;
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
 * A bank connected through its own Berlin Group NextGenPSD2 API (issue 17), the bank played by the sandbox: a
 * consent with a redirect to the bank's authentication page and back; every account the consent covers a connection
 * whose ledger equals the bank's transactions, fetched page after page by {@code _links.next}, each page kept as
 * received; fetching again adds nothing; a consent the person limits to five days is shown ahead, and an ended one
 * asks the person to reconnect; a consent refused at the bank connects nothing.
 */
@ResourceLock(SharedResources.SANDBOX_BANK_PORT)
class BerlinGroupSyncIT {

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
        post("/berlingroup/switch?mode=ok&pageSize=100");
    }

    @Test
    void everyPageOfEveryAccountArrivesOnceAndTheLedgerEqualsTheBanksToTheCent() throws Exception {
        Api person = Api.signedInUser();
        assertThat(json(person.get("/api/v1/banks?provider=berlingroup")).toString())
                .contains("\"institutionId\":\"sandbox-bank\"", "\"country\":\"DE\"");

        ConsentFlow.Asked asked = ConsentFlow.connect(person, "berlingroup", "sandbox-bank");
        assertThat(asked.connectUrl()).startsWith(bank.berlinGroupBase() + "/sca/");
        URI back = ConsentFlow.consent(asked.connectUrl(), field("decision", "approve") + "&" + field("days", "90"));
        HttpResponse<String> returned = ConsentFlow.back(back, asked.cookie());
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat(returned.body()).contains("connected=" + asked.sourceId());

        List<JsonNode> connections = ConsentFlow.connections(person, "berlingroup");
        assertThat(connections).hasSize(2);
        String consentId = asked.connectUrl().substring(asked.connectUrl().lastIndexOf('/') + 1);
        for (JsonNode connection : connections) {
            String id = connection.path("id").asText();
            JsonNode run = ConsentFlow.lastSync(person, id, 1);
            assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
            JsonNode source = json(person.get("/api/v1/sources/" + id));
            assertThat(source.path("accountEnding").asText()).hasSize(4);
            ConsentFlow.Totals truth =
                    bankTotals(consentId, source.path("currency").asText());
            assertThat(ConsentFlow.ledger(person, id))
                    .as(source.path("currency").asText())
                    .isEqualTo(truth);
            assertThat(Instant.parse(source.path("consentExpiresAt").asText()))
                    .isAfter(Instant.now().plus(Duration.ofDays(80)));
        }

        String checking = connections.stream()
                .filter(c -> json(person.get("/api/v1/sources/" + c.path("id").asText()))
                        .path("currency")
                        .asText()
                        .equals("USD"))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asText();
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement raw = db.prepareStatement(
                        "select count(*), count(*) filter (where request like '%page=%') from raw_berlingroup.responses"
                                + " where source_id = ?")) {
            raw.setObject(1, UUID.fromString(checking));
            try (ResultSet rows = raw.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1))
                        .as("a year of a checking account is several pages")
                        .isGreaterThan(3);
                assertThat(rows.getInt(2)).isEqualTo(rows.getInt(1) - 1);
            }
        }
        ConsentFlow.Totals before = ConsentFlow.ledger(person, checking);
        assertThat(person.post("/api/v1/sources/" + checking + "/sync", "").statusCode())
                .isEqualTo(202);
        JsonNode again = ConsentFlow.lastSync(person, checking, 2);
        assertThat(again.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(again.path("imported").asInt()).isZero();
        assertThat(ConsentFlow.ledger(person, checking)).isEqualTo(before);
    }

    @Test
    void aFiveDayConsentIsShownAheadAndAnEndedOneAsksToReconnect() throws Exception {
        Api person = Api.signedInUser();
        ConsentFlow.Asked asked = ConsentFlow.connect(person, "berlingroup", "sandbox-bank");
        ConsentFlow.back(
                ConsentFlow.consent(asked.connectUrl(), field("decision", "approve") + "&" + field("days", "5")),
                asked.cookie());
        String id = asked.sourceId();
        assertThat(ConsentFlow.lastSync(person, id, 1).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(Instant.parse(json(person.get("/api/v1/sources/" + id))
                        .path("consentExpiresAt")
                        .asText()))
                .isBefore(Instant.now().plus(Duration.ofDays(7)));

        post("/berlingroup/switch?mode=expire-consent");
        assertThat(person.post("/api/v1/sources/" + id + "/sync", "").statusCode())
                .isEqualTo(202);
        assertThat(ConsentFlow.lastSync(person, id, 2).path("status").asText()).isEqualTo("FAILED");
        JsonNode ended = json(person.get("/api/v1/sources/" + id));
        assertThat(ended.path("status").asText()).isEqualTo("NEEDS_RECONNECT");
        assertThat(ended.path("lastError").asText()).contains("consent has ended");
    }

    @Test
    void aBankThatFailsAnswersNonsenseOrIsSlowEndsInAClearStatusAndTheNextFetchLosesNothing() throws Exception {
        Api person = Api.signedInUser();
        ConsentFlow.Asked asked = ConsentFlow.connect(person, "berlingroup", "sandbox-bank");
        ConsentFlow.back(ConsentFlow.consent(asked.connectUrl(), field("decision", "approve")), asked.cookie());
        String id = asked.sourceId();
        assertThat(ConsentFlow.lastSync(person, id, 1).path("status").asText()).isEqualTo("COMPLETED");
        ConsentFlow.Totals whole = ConsentFlow.ledger(person, id);
        // Small pages: each fetch that works is several calls, so that the failures of one bad spell are not most
        // of the circuit breaker's last eight calls, and it stays closed for the next spell.
        post("/berlingroup/switch?mode=ok&pageSize=5");
        int runs = 1;
        for (String[] failure :
                new String[][] {{"500", "HTTP 500"}, {"malformed", "not JSON"}, {"slow", "did not answer in time"}}) {
            post("/berlingroup/switch?mode=" + failure[0]);
            assertThat(person.post("/api/v1/sources/" + id + "/sync", "").statusCode())
                    .isEqualTo(202);
            assertThat(ConsentFlow.lastSync(person, id, ++runs).path("status").asText())
                    .isEqualTo("FAILED");
            JsonNode failed = json(person.get("/api/v1/sources/" + id));
            assertThat(failed.path("status").asText()).as(failure[0]).isEqualTo("ERROR");
            assertThat(failed.path("lastError").asText()).as(failure[0]).contains(failure[1]);

            post("/berlingroup/switch?mode=ok");
            assertThat(person.post("/api/v1/sources/" + id + "/sync", "").statusCode())
                    .isEqualTo(202);
            assertThat(ConsentFlow.lastSync(person, id, ++runs).path("status").asText())
                    .isEqualTo("COMPLETED");
            assertThat(json(person.get("/api/v1/sources/" + id)).path("status").asText())
                    .isEqualTo("ACTIVE");
            assertThat(ConsentFlow.ledger(person, id)).as("after " + failure[0]).isEqualTo(whole);
        }

        post("/berlingroup/switch?mode=429");
        assertThat(person.post("/api/v1/sources/" + id + "/sync", "").statusCode())
                .isEqualTo(202);
        assertThat(ConsentFlow.lastSync(person, id, ++runs).path("status").asText())
                .isEqualTo("FAILED");
        JsonNode waiting = json(person.get("/api/v1/sources/" + id));
        assertThat(waiting.path("lastError").asText()).contains("used up");
        assertThat(Instant.parse(waiting.path("nextSyncAt").asText()))
                .isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(person.post("/api/v1/sources/" + id + "/sync", "").statusCode())
                .isEqualTo(429);
    }

    @Test
    void aConsentRefusedAtTheBankConnectsNothing() throws Exception {
        Api person = Api.signedInUser();
        ConsentFlow.Asked asked = ConsentFlow.connect(person, "berlingroup", "sandbox-bank");
        HttpResponse<String> returned =
                ConsentFlow.back(ConsentFlow.consent(asked.connectUrl(), field("decision", "deny")), asked.cookie());
        assertThat(returned.body()).contains("notConnected=" + asked.sourceId());
        assertThat(json(person.get("/api/v1/sources/" + asked.sourceId()))
                        .path("status")
                        .asText())
                .isEqualTo("NEEDS_RECONNECT");
        assertThat(ConsentFlow.connections(person, "berlingroup")).hasSize(1);
    }

    @Test
    void aFileOfAConnectedAccountAddsOnlyWhatTheBankDidNotSend() throws Exception {
        Api person = Api.signedInUser();
        SyncedCard synced = syncedCard(person);
        String consentId = synced.consentId();
        JsonNode card = synced.card();
        String cardId = synced.sourceId();

        List<JsonNode> booked = booked(consentId, card.path("resourceId").asText());
        assertThat(booked).hasSizeGreaterThan(3);
        String extraDay = booked.get(1).path("bookingDate").asText();
        UUID fileRun = person.importCompleted(
                "card-statement.xml",
                camt(card.path("iban").asText(), List.of(booked.get(0), booked.get(1), booked.get(2)), extraDay));

        JsonNode run = json(person.get("/api/v1/imports/" + fileRun));
        assertThat(run.path("sourceId").asText())
                .as("the file is the connection's account")
                .isEqualTo(cardId);
        assertThat(run.path("imported").asInt())
                .as("only the payment the bank did not send")
                .isEqualTo(1);
        assertThat(run.path("duplicates").asInt()).isEqualTo(3);
        ConsentFlow.Totals after = ConsentFlow.ledger(person, cardId);
        assertThat(after.count()).isEqualTo(synced.totals().count() + 1);
        assertThat(after.sum()).isEqualByComparingTo(synced.totals().sum().subtract(new BigDecimal("1.23")));

        assertThat(person.post("/api/v1/sources/" + cardId + "/sync", "").statusCode())
                .isEqualTo(202);
        assertThat(ConsentFlow.lastSync(person, cardId, 3).path("imported").asInt())
                .isZero();
        assertThat(ConsentFlow.ledger(person, cardId))
                .as("the bank's payments once, the file's extra one too")
                .isEqualTo(after);
    }

    @Test
    void aFileThatDatesPaymentsByTheirValueDayStillFindsTheBanksPayments() throws Exception {
        Api person = Api.signedInUser();
        SyncedCard synced = syncedCard(person);
        String consentId = synced.consentId();
        JsonNode card = synced.card();
        String cardId = synced.sourceId();

        // The export books each payment a day after the bank's API does and keeps the API's day as the value day.
        List<JsonNode> booked = booked(consentId, card.path("resourceId").asText());
        UUID fileRun = person.importCompleted(
                "card-statement.xml",
                camt(card.path("iban").asText(), List.of(booked.get(0), booked.get(1), booked.get(2)), null, 1));

        JsonNode run = json(person.get("/api/v1/imports/" + fileRun));
        assertThat(run.path("sourceId").asText()).isEqualTo(cardId);
        assertThat(run.path("imported").asInt()).as("nothing the bank had sent").isZero();
        assertThat(run.path("duplicates").asInt()).isEqualTo(3);
        assertThat(ConsentFlow.ledger(person, cardId)).isEqualTo(synced.totals());
    }

    @Test
    void aConnectionTakesOverTheAccountsFileSourceAndItsPaymentsStayOnce() throws Exception {
        Api someone = Api.signedInUser();
        ConsentFlow.Asked first = ConsentFlow.connect(someone, "berlingroup", "sandbox-bank");
        ConsentFlow.back(ConsentFlow.consent(first.connectUrl(), field("decision", "approve")), first.cookie());
        String firstConsent = first.connectUrl().substring(first.connectUrl().lastIndexOf('/') + 1);
        JsonNode card = account(firstConsent, "EUR");
        List<JsonNode> booked = booked(firstConsent, card.path("resourceId").asText());

        Api person = Api.signedInUser();
        UUID fileRun = person.importCompleted(
                "card-statement.xml",
                camt(card.path("iban").asText(), List.of(booked.get(0), booked.get(1), booked.get(2)), null));
        String fileSource =
                json(person.get("/api/v1/imports/" + fileRun)).path("sourceId").asText();
        assertThat(json(person.get("/api/v1/sources/" + fileSource))
                        .path("kind")
                        .asText())
                .isEqualTo("FILE");

        ConsentFlow.Asked asked = ConsentFlow.connect(person, "berlingroup", "sandbox-bank");
        ConsentFlow.back(ConsentFlow.consent(asked.connectUrl(), field("decision", "approve")), asked.cookie());
        JsonNode taken = json(person.get("/api/v1/sources/" + fileSource));
        assertThat(taken.path("kind").asText()).isEqualTo("BANK_API");
        assertThat(taken.path("provider").asText()).isEqualTo("berlingroup");
        assertThat(ConsentFlow.connections(person, "berlingroup")).hasSize(2);
        JsonNode sync = ConsentFlow.lastSync(person, fileSource, 2);
        assertThat(sync.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(sync.path("duplicates").asInt())
                .as("the file's three payments")
                .isGreaterThanOrEqualTo(3);
        String consentId = asked.connectUrl().substring(asked.connectUrl().lastIndexOf('/') + 1);
        assertThat(ConsentFlow.ledger(person, fileSource))
                .as("the bank's year once, whichever way each payment came")
                .isEqualTo(bankTotals(consentId, "EUR"));
    }

    /** The EUR card of a Berlin Group connection the person just made, after its first sync. */
    private record SyncedCard(String consentId, JsonNode card, String sourceId, ConsentFlow.Totals totals) {}

    private static SyncedCard syncedCard(Api person) throws Exception {
        ConsentFlow.Asked asked = ConsentFlow.connect(person, "berlingroup", "sandbox-bank");
        ConsentFlow.back(ConsentFlow.consent(asked.connectUrl(), field("decision", "approve")), asked.cookie());
        String consentId = asked.connectUrl().substring(asked.connectUrl().lastIndexOf('/') + 1);
        String cardId = ConsentFlow.connections(person, "berlingroup").stream()
                .map(c -> c.path("id").asText())
                .filter(id -> json(person.get("/api/v1/sources/" + id))
                        .path("currency")
                        .asText()
                        .equals("EUR"))
                .findFirst()
                .orElseThrow();
        assertThat(ConsentFlow.lastSync(person, cardId, 1).path("status").asText())
                .isEqualTo("COMPLETED");
        return new SyncedCard(consentId, account(consentId, "EUR"), cardId, ConsentFlow.ledger(person, cardId));
    }

    private static JsonNode account(String consentId, String currency) throws Exception {
        for (JsonNode account :
                JSON.readTree(get("/berlingroup/v1/accounts", consentId).body()).path("accounts")) {
            if (currency.equals(account.path("currency").asText())) {
                return account;
            }
        }
        throw new AssertionError("no account in " + currency);
    }

    private static List<JsonNode> booked(String consentId, String resourceId) throws Exception {
        List<JsonNode> booked = new java.util.ArrayList<>();
        JSON.readTree(get(
                                "/berlingroup/v1/accounts/" + resourceId
                                        + "/transactions?bookingStatus=booked&dateFrom="
                                        + LocalDate.now(ZoneOffset.UTC).minusDays(120),
                                consentId)
                        .body())
                .path("transactions")
                .path("booked")
                .forEach(booked::add);
        return booked;
    }

    /**
     * A CAMT.053 statement of the account, as the bank's online banking exports it: the given payments with the
     * bank's day and amount but the export's own wording and references, and a payment of 1.23 on {@code extraDay}
     * the API never sent (when not null).
     */
    private static byte[] camt(String iban, List<JsonNode> payments, String extraDay) {
        return camt(iban, payments, extraDay, 0);
    }

    /** A camt.053 export of the payments, each booked {@code laterBy} days after the API's day, valued on it. */
    private static byte[] camt(String iban, List<JsonNode> payments, String extraDay, int laterBy) {
        StringBuilder entries = new StringBuilder();
        int n = 0;
        for (JsonNode p : payments) {
            String day = p.path("bookingDate").asText();
            entries.append(entry(
                    p.path("transactionAmount").path("amount").asText(),
                    LocalDate.parse(day).plusDays(laterBy).toString(),
                    day,
                    "KARTENZAHLUNG "
                            + p.path("remittanceInformationUnstructured").asText() + " REF " + (++n)));
        }
        if (extraDay != null) {
            entries.append(entry("-1.23", extraDay, extraDay, "KIOSK AM BAHNHOF"));
        }
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                        + "<GrpHdr><MsgId>EXPORT1</MsgId><CreDtTm>2026-12-01T10:00:00</CreDtTm></GrpHdr>"
                        + "<Stmt><Id>STMT1</Id><CreDtTm>2026-12-01T10:00:00</CreDtTm>"
                        + "<Acct><Id><IBAN>" + iban + "</IBAN></Id><Ccy>EUR</Ccy></Acct>"
                        + entries + "</Stmt></BkToCstmrStmt></Document>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String entry(String signedAmount, String day, String valueDay, String text) {
        boolean debit = signedAmount.startsWith("-");
        return "<Ntry><Amt Ccy=\"EUR\">" + signedAmount.replace("-", "") + "</Amt><CdtDbtInd>"
                + (debit ? "DBIT" : "CRDT") + "</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>" + day
                + "</Dt></BookgDt><ValDt><Dt>" + valueDay + "</Dt></ValDt><NtryDtls><TxDtls><RmtInf><Ustrd>"
                + text.replace("&", "&amp;").replace("<", "&lt;") + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>";
    }

    /** The bank's own figures for the consent's account in a currency, read page by page as a client would. */
    private static ConsentFlow.Totals bankTotals(String consentId, String currency) throws Exception {
        JsonNode accounts =
                JSON.readTree(get("/berlingroup/v1/accounts", consentId).body());
        for (JsonNode account : accounts.path("accounts")) {
            if (!currency.equals(account.path("currency").asText())) {
                continue;
            }
            int count = 0;
            BigDecimal sum = BigDecimal.ZERO;
            String next =
                    "/berlingroup/v1/accounts/" + account.path("resourceId").asText()
                            + "/transactions?bookingStatus=both&dateFrom="
                            + LocalDate.now(ZoneOffset.UTC).minusYears(2);
            while (next != null) {
                JsonNode transactions =
                        JSON.readTree(get(next, consentId).body()).path("transactions");
                for (String list : new String[] {"booked", "pending"}) {
                    for (JsonNode t : transactions.path(list)) {
                        count++;
                        sum = sum.add(new BigDecimal(
                                t.path("transactionAmount").path("amount").asText()));
                    }
                }
                JsonNode link = transactions.path("_links").path("next").path("href");
                next = link.isMissingNode() ? null : link.asText();
            }
            return new ConsentFlow.Totals(count, sum);
        }
        throw new AssertionError("no account in " + currency);
    }

    private static HttpResponse<String> get(String path, String consentId) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(origin() + path))
                        .header("X-Request-ID", UUID.randomUUID().toString())
                        .header("Consent-ID", consentId)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(origin() + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String origin() {
        return bank.berlinGroupBase().replace("/berlingroup", "");
    }
}
