package org.tributary.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.tributary.sandbox.SandboxHttp.at;
import static org.tributary.sandbox.SandboxHttp.json;
import static org.tributary.sandbox.SandboxHttp.list;
import static org.tributary.sandbox.SandboxHttp.text;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox speaks Berlin Group NextGenPSD2 as the contract says: a consent, the bank's authentication page, the
 * consent valid, its accounts, their transactions page after page; refused, ended and unknown consents, a missing
 * request id and the daily limit answer with Berlin Group's codes.
 */
class BerlinGroupApiTest {

    private static final String BACK = "https://tributary.example/api/v1/bank-consents/return?state=xyz";
    private static final String REFUSED = "https://tributary.example/api/v1/bank-consents/return?state=xyz&nok=1";

    private SandboxBank bank;
    private String origin;
    private String v1;

    @BeforeEach
    void start() throws Exception {
        bank = new SandboxBank(0);
        bank.start();
        v1 = bank.berlinGroupBase() + "/v1/";
        origin = bank.berlinGroupBase().replace("/berlingroup", "");
    }

    @AfterEach
    void stop() {
        bank.stop();
    }

    @Test
    void aConsentAuthorisedAtTheBankReadsTwoAccountsPageAfterPage() throws Exception {
        HttpResponse<String> asked = askConsent(LocalDate.now(ZoneOffset.UTC).plusDays(120), true);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        Object consent = json(asked);
        String id = text(consent, "consentId");
        assertThat(text(consent, "consentStatus")).isEqualTo("received");
        assertThat(text(consent, "_links", "scaRedirect", "href")).isEqualTo(bank.berlinGroupBase() + "/sca/" + id);
        assertThat(text(consent, "_links", "self", "href")).isEqualTo("/berlingroup/v1/consents/" + id);
        assertThat(text(consent, "_links", "status", "href")).isEqualTo("/berlingroup/v1/consents/" + id + "/status");
        assertThat(status(id)).isEqualTo("received");

        HttpResponse<String> page = SandboxHttp.get(text(consent, "_links", "scaRedirect", "href"));
        LocalDate capped = LocalDate.now(ZoneOffset.UTC).plusDays(90);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Sandbox Bank: Tributary asks to read your accounts and transactions until " + capped,
                        "<form method=\"post\">",
                        "<label for=\"days\">",
                        "<select id=\"days\" name=\"days\">",
                        "<option value=\"90\" selected>",
                        "<option value=\"5\">5 days only</option>",
                        "name=\"decision\" value=\"approve\"",
                        "name=\"decision\" value=\"deny\"",
                        "state=xyz")
                .doesNotContain("<script");

        HttpResponse<String> approved =
                SandboxHttp.form(text(consent, "_links", "scaRedirect", "href"), "decision=approve&days=90");
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(approved.headers().firstValue("Location")).hasValue(BACK);
        assertThat(status(id)).isEqualTo("valid");
        Object details = json(get("consents/" + id, null));
        assertThat(text(details, "validUntil")).isEqualTo(capped.toString());
        assertThat(at(details, "access")).isEqualTo(Map.of("allPsd2", "allAccounts"));
        assertThat(at(details, "recurringIndicator")).isEqualTo(true);
        assertThat(text(details, "frequencyPerDay")).isEqualTo("4");
        assertThat(text(details, "consentStatus")).isEqualTo("valid");

        HttpResponse<String> accountsAnswer = get("accounts", id);
        assertThat(accountsAnswer.statusCode()).isEqualTo(200);
        List<?> accounts = list(json(accountsAnswer), "accounts");
        assertThat(accounts).hasSize(2);
        assertThat(json(get("accounts", id))).as("the same ids every time").isEqualTo(json(accountsAnswer));
        Set<String> currencies = new HashSet<>();
        for (Object account : accounts) {
            String resourceId = text(account, "resourceId");
            assertThat(text(account, "iban")).startsWith("DE").hasSize(22);
            assertThat(Iban.valid(text(account, "iban"))).isTrue();
            assertThat(text(account, "product")).isEqualTo("Girokonto");
            assertThat(text(account, "cashAccountType")).isEqualTo("CACC");
            assertThat(text(account, "status")).isEqualTo("enabled");
            assertThat(text(account, "_links", "transactions", "href"))
                    .isEqualTo("/berlingroup/v1/accounts/" + resourceId + "/transactions");
            currencies.add(text(account, "currency"));

            String first = "/berlingroup/v1/accounts/" + resourceId + "/transactions?bookingStatus=both&dateFrom="
                    + LocalDate.now(ZoneOffset.UTC).minusYears(2);
            List<Object> paged = new ArrayList<>();
            int pages = 0;
            String next = first;
            while (next != null) {
                HttpResponse<String> answer = SandboxHttp.get(origin + next, headers(id));
                assertThat(answer.statusCode()).as(next).isEqualTo(200);
                Object body = json(answer);
                assertThat(text(body, "account", "iban")).isEqualTo(text(account, "iban"));
                List<?> booked = list(body, "transactions", "booked");
                List<?> pending = list(body, "transactions", "pending");
                assertThat(booked.size() + pending.size()).isLessThanOrEqualTo(BerlinGroupApi.PAGE_SIZE);
                paged.addAll(booked);
                paged.addAll(pending);
                assertThat(text(body, "transactions", "_links", "account", "href"))
                        .isEqualTo("/berlingroup/v1/accounts/" + resourceId);
                next = text(body, "transactions", "_links", "next", "href");
                pages++;
                if (next != null) {
                    assertThat(next).contains("bookingStatus=both", "dateFrom=", "page=" + (pages + 1));
                }
            }
            SandboxHttp.post(bank.berlinGroupBase() + "/switch?pageSize=100000", "");
            Object whole = json(SandboxHttp.get(origin + first, headers(id)));
            SandboxHttp.post(bank.berlinGroupBase() + "/switch?pageSize=100", "");
            assertThat(at(whole, "transactions", "_links", "next")).isNull();
            List<Object> unpaged = new ArrayList<>(list(whole, "transactions", "booked"));
            unpaged.addAll(list(whole, "transactions", "pending"));
            assertThat(paged).isEqualTo(unpaged);
            for (Object tx : paged) {
                assertThat(at(tx, "transactionAmount", "amount")).isInstanceOf(String.class);
                assertThat(text(tx, "transactionAmount", "amount")).matches("-?\\d+\\.\\d{2}");
            }
            if (text(account, "currency").equals("USD")) {
                assertThat(pages).as("a year of checking is several pages").isGreaterThan(3);
                assertThat(list(whole, "transactions", "pending")).isNotEmpty();
                Object tx = at(whole, "transactions", "booked", 0);
                assertThat(tx)
                        .asInstanceOf(MAP)
                        .containsKeys(
                                "transactionId",
                                "entryReference",
                                "bookingDate",
                                "valueDate",
                                "transactionAmount",
                                "remittanceInformationUnstructured");
                Object pendingTx = at(whole, "transactions", "pending", 0);
                assertThat(pendingTx)
                        .asInstanceOf(MAP)
                        .containsOnlyKeys(
                                "transactionId", "valueDate", "transactionAmount", "remittanceInformationUnstructured");
            }
        }
        assertThat(currencies).containsExactlyInAnyOrder("USD", "EUR");
    }

    @Test
    void aConsentDeniedAtTheBankIsRejectedAndReadsNothing() throws Exception {
        String id = text(json(askConsent(LocalDate.now(ZoneOffset.UTC).plusDays(90), true)), "consentId");
        HttpResponse<String> denied = SandboxHttp.form(bank.berlinGroupBase() + "/sca/" + id, "decision=deny");
        assertThat(denied.statusCode()).isEqualTo(302);
        assertThat(denied.headers().firstValue("Location")).hasValue(REFUSED);
        assertThat(status(id)).isEqualTo("rejected");
        assertRefused(get("accounts", id), 401, "CONSENT_INVALID");
        assertThat(SandboxHttp.form(bank.berlinGroupBase() + "/sca/" + id, "decision=approve")
                        .statusCode())
                .isEqualTo(409);

        String withoutNok = text(json(askConsent(LocalDate.now(ZoneOffset.UTC).plusDays(90), false)), "consentId");
        assertThat(SandboxHttp.form(bank.berlinGroupBase() + "/sca/" + withoutNok, "decision=deny")
                        .headers()
                        .firstValue("Location"))
                .hasValue(BACK);
        assertThat(SandboxHttp.get(bank.berlinGroupBase() + "/sca/" + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aFiveDayConsentEndsSoonerAndAnExpiredOneAnswersConsentExpired() throws Exception {
        String id = approved(5);
        assertThat(text(json(get("consents/" + id, null)), "validUntil"))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(5).toString());
        assertThat(get("accounts", id).statusCode()).isEqualTo(200);

        HttpResponse<String> switched = SandboxHttp.post(bank.berlinGroupBase() + "/switch?mode=expire-consent", "");
        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(switched.body()).startsWith("mode=ok");
        assertRefused(get("accounts", id), 401, "CONSENT_EXPIRED");
        assertThat(status(id)).isEqualTo("expired");

        String renewed = approved(90);
        assertThat(get("accounts", renewed).statusCode()).as("one-shot").isEqualTo(200);
        assertThat(text(json(get("accounts", renewed)), "accounts", 0, "iban"))
                .as("the same bank account again")
                .isEqualTo(Iban.de("berlingroup:checking"));
    }

    @Test
    void everyCallNeedsARequestIdAndAnAccountCallAConsentTheBankKnows() throws Exception {
        HttpResponse<String> missing = SandboxHttp.get(v1 + "accounts", "Consent-ID", "x");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing))
                .isEqualTo(Map.of(
                        "tppMessages",
                        List.of(Map.of(
                                "category", "ERROR", "code", "FORMAT_ERROR", "text", "X-Request-ID is missing"))));
        String requestId = UUID.randomUUID().toString();
        HttpResponse<String> unknown =
                SandboxHttp.get(v1 + "accounts", "X-Request-ID", requestId, "Consent-ID", "no-such-consent");
        assertRefused(unknown, 403, "CONSENT_UNKNOWN");
        assertThat(unknown.headers().firstValue("X-Request-ID")).hasValue(requestId);

        String received = text(json(askConsent(LocalDate.now(ZoneOffset.UTC).plusDays(90), true)), "consentId");
        assertRefused(get("accounts", received), 401, "CONSENT_INVALID");

        HttpResponse<String> noRedirect = SandboxHttp.post(
                v1 + "consents", consentBody(LocalDate.now(ZoneOffset.UTC).plusDays(90)), headers(null));
        assertRefused(noRedirect, 400, "FORMAT_ERROR");
        assertRefused(askConsent(LocalDate.now(ZoneOffset.UTC).minusDays(1), true), 400, "FORMAT_ERROR");
        assertRefused(
                SandboxHttp.post(v1 + "consents", "{\"access\":", withRedirect(headers(null))), 400, "FORMAT_ERROR");
        assertRefused(
                SandboxHttp.post(
                        v1 + "consents", "{\"access\":{},\"validUntil\":\"soon\"}", withRedirect(headers(null))),
                400,
                "FORMAT_ERROR");

        String id = approved(90);
        String resourceId = text(json(get("accounts", id)), "accounts", 0, "resourceId");
        assertRefused(get("accounts/" + resourceId + "/transactions?dateFrom=2020-01-01", id), 400, "FORMAT_ERROR");
        assertRefused(
                get("accounts/" + resourceId + "/transactions?bookingStatus=information&dateFrom=2020-01-01", id),
                400,
                "PARAMETER_NOT_SUPPORTED");
        assertRefused(get("accounts/" + resourceId + "/transactions?bookingStatus=booked", id), 400, "FORMAT_ERROR");
        Object pendingOnly = json(get("accounts/" + resourceId + "/transactions?bookingStatus=pending", id));
        assertThat(list(pendingOnly, "transactions", "pending")).isNotEmpty();
        assertThat(at(pendingOnly, "transactions", "booked")).isNull();
        assertRefused(
                get("accounts/" + UUID.randomUUID() + "/transactions?bookingStatus=both", id), 404, "RESOURCE_UNKNOWN");
        assertRefused(
                get("accounts/" + resourceId + "/transactions?bookingStatus=both", received), 404, "RESOURCE_UNKNOWN");

        assertThat(SandboxHttp.delete(v1 + "consents/" + id, headers(null)).statusCode())
                .isEqualTo(204);
        assertThat(status(id)).isEqualTo("terminatedByTpp");
        assertRefused(get("accounts", id), 401, "CONSENT_INVALID");
    }

    @Test
    void theDailyLimitAndTheFailureSwitchesAnswerAsTheBankWould() throws Exception {
        String id = approved(90);
        String transactions = "accounts/" + text(json(get("accounts", id)), "accounts", 1, "resourceId")
                + "/transactions?bookingStatus=both&dateFrom="
                + LocalDate.now(ZoneOffset.UTC).minusDays(30);
        for (int i = 0; i < 6; i++) {
            assertThat(get(transactions, id).statusCode())
                    .as("unlimited unless strict")
                    .isEqualTo(200);
        }
        SandboxHttp.post(bank.berlinGroupBase() + "/switch?mode=429", "");
        HttpResponse<String> limited = get(transactions, id);
        assertRefused(limited, 429, "ACCESS_EXCEEDED");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("3600");

        SandboxHttp.post(bank.berlinGroupBase() + "/switch?mode=strict", "");
        for (int i = 0; i < 4; i++) {
            assertThat(get(transactions, id).statusCode()).isEqualTo(200);
            assertThat(get(transactions + "&page=2", id).statusCode())
                    .as("a next page is the same read")
                    .isEqualTo(200);
        }
        assertRefused(get(transactions, id), 429, "ACCESS_EXCEEDED");

        SandboxHttp.post(bank.berlinGroupBase() + "/switch?mode=500", "");
        assertThat(get(transactions, id).statusCode()).isEqualTo(500);
        SandboxHttp.post(bank.berlinGroupBase() + "/switch?mode=malformed", "");
        HttpResponse<String> broken = get(transactions, id);
        assertThat(broken.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> JsonReader.read(broken.body())).isInstanceOf(JsonReader.Malformed.class);
        assertThat(SandboxHttp.post(bank.berlinGroupBase() + "/switch?mode=ok", "")
                        .body())
                .isEqualTo("mode=ok pageSize=100");
        assertThat(get(transactions, id).statusCode()).isEqualTo(200);
        assertThat(SandboxHttp.post(bank.berlinGroupBase() + "/switch?mode=expired-token", "")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aVolumeConsentsCheckingAccountHasThatManyBookedTransactionsOverThePages() throws Exception {
        HttpResponse<String> asked = SandboxHttp.post(
                v1 + "consents",
                consentBody(LocalDate.now(ZoneOffset.UTC).plusDays(90)),
                withRedirect(headers(null, SandboxBank.VOLUME_HEADER, "5000")));
        String id = text(json(asked), "consentId");
        SandboxHttp.form(bank.berlinGroupBase() + "/sca/" + id, "decision=approve");
        Object checking = at(json(get("accounts", id)), "accounts", 0);
        assertThat(text(checking, "currency")).isEqualTo("USD");
        assertThat(text(checking, "iban")).isNotEqualTo(Iban.de("berlingroup:checking"));
        SandboxHttp.post(bank.berlinGroupBase() + "/switch?pageSize=1000", "");
        int booked = 0;
        int pages = 0;
        String next = "/berlingroup/v1/accounts/" + text(checking, "resourceId")
                + "/transactions?bookingStatus=both&dateFrom="
                + LocalDate.now(ZoneOffset.UTC).minusYears(1);
        while (next != null) {
            Object page = json(SandboxHttp.get(origin + next, headers(id)));
            booked += list(page, "transactions", "booked").size();
            next = text(page, "transactions", "_links", "next", "href");
            pages++;
        }
        assertThat(booked).isEqualTo(5000);
        assertThat(pages).isGreaterThan(5);
        assertRefused(
                SandboxHttp.post(
                        v1 + "consents",
                        consentBody(LocalDate.now(ZoneOffset.UTC).plusDays(90)),
                        withRedirect(headers(null, SandboxBank.VOLUME_HEADER, "lots"))),
                400,
                "FORMAT_ERROR");
    }

    private String approved(int days) throws Exception {
        String id = text(json(askConsent(LocalDate.now(ZoneOffset.UTC).plusDays(90), true)), "consentId");
        HttpResponse<String> approved =
                SandboxHttp.form(bank.berlinGroupBase() + "/sca/" + id, "decision=approve&days=" + days);
        assertThat(approved.statusCode()).isEqualTo(302);
        return id;
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String code) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(text(json(answer), "tppMessages", 0, "code")).isEqualTo(code);
        assertThat(text(json(answer), "tppMessages", 0, "category")).isEqualTo("ERROR");
        assertThat(text(json(answer), "tppMessages", 0, "text")).isNotBlank();
    }

    private String status(String consentId) throws Exception {
        HttpResponse<String> answer = get("consents/" + consentId + "/status", null);
        assertThat(answer.statusCode()).isEqualTo(200);
        return text(json(answer), "consentStatus");
    }

    private HttpResponse<String> askConsent(LocalDate validUntil, boolean withNok) throws Exception {
        String[] headers = withRedirect(headers(null, "PSU-IP-Address", "192.0.2.1"));
        if (withNok) {
            headers = append(headers, "TPP-Nok-Redirect-URI", REFUSED);
        }
        return SandboxHttp.post(v1 + "consents", consentBody(validUntil), headers);
    }

    private static String consentBody(LocalDate validUntil) {
        return "{\"access\":{\"allPsd2\":\"allAccounts\"},\"recurringIndicator\":true,\"validUntil\":\"" + validUntil
                + "\",\"frequencyPerDay\":4,\"combinedServiceIndicator\":false}";
    }

    private HttpResponse<String> get(String path, String consentId) throws Exception {
        return SandboxHttp.get(v1 + path, headers(consentId));
    }

    private static String[] headers(String consentId, String... more) {
        String[] headers = {"X-Request-ID", UUID.randomUUID().toString()};
        if (consentId != null) {
            headers = append(headers, "Consent-ID", consentId);
        }
        return append(headers, more);
    }

    private static String[] withRedirect(String[] headers) {
        return append(headers, "TPP-Redirect-URI", BACK);
    }

    private static String[] append(String[] headers, String... more) {
        String[] all = Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }
}
