package org.tributary.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.tributary.sandbox.SandboxHttp.at;
import static org.tributary.sandbox.SandboxHttp.get;
import static org.tributary.sandbox.SandboxHttp.json;
import static org.tributary.sandbox.SandboxHttp.list;
import static org.tributary.sandbox.SandboxHttp.text;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox speaks GoCardless Bank Account Data as the contract says: a token, the bank, an agreement, a
 * requisition approved on the bank's page, then the accounts' details and transactions; refusals, ended agreements,
 * revoked tokens and the daily limit answer as GoCardless does.
 */
class GoCardlessApiTest {

    private static final String REDIRECT = "https://tributary.example/api/v1/bank-consents/return?state=abc";

    private SandboxBank bank;
    private String api;
    private String token;

    @BeforeEach
    void start() throws Exception {
        bank = new SandboxBank(0);
        bank.start();
        api = bank.gocardlessBase() + "/api/v2/";
        token = text(json(newToken()), "access");
    }

    @AfterEach
    void stop() {
        bank.stop();
    }

    @Test
    void aRequisitionApprovedAtTheBankLinksTwoAccountsWithBookedAndPendingTransactions() throws Exception {
        HttpResponse<String> institutions = get(api + "institutions/?country=gb", auth());
        assertThat(institutions.statusCode()).isEqualTo(200);
        assertThat(list(json(institutions))).hasSize(3);
        assertThat(at(json(institutions), 0))
                .isEqualTo(Map.of(
                        "id", "SANDBOXBANK_SBOXGB2L",
                        "name", "Sandbox Bank",
                        "bic", "SBOXGB2L",
                        "transaction_total_days", "365",
                        "countries", List.of("GB", "DE", "FR", "NL", "ES", "IT"),
                        "logo", "https://cdn.sandbox-bank.example/logo.png",
                        "max_access_valid_for_days", "90"));
        assertThat(text(json(institutions), 1, "max_access_valid_for_days")).isEqualTo("5");
        assertThat(list(json(get(api + "institutions/?country=US", auth())))).isEmpty();
        assertThat(list(json(get(api + "institutions/", auth())))).hasSize(3);

        HttpResponse<String> agreement =
                post("agreements/enduser/", agreementBody(SandboxBank.GOCARDLESS_INSTITUTION_ID, 90));
        assertThat(agreement.statusCode()).as(agreement.body()).isEqualTo(201);
        String agreementId = text(json(agreement), "id");
        assertThat(at(json(agreement), "accepted")).isNull();
        assertThat(at(json(agreement), "access_scope")).isEqualTo(List.of("balances", "details", "transactions"));

        String reference = UUID.randomUUID().toString();
        HttpResponse<String> created = post("requisitions/", requisitionBody(agreementId, reference));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Object requisition = json(created);
        String id = text(requisition, "id");
        assertThat(text(requisition, "status")).isEqualTo("CR");
        assertThat(list(requisition, "accounts")).isEmpty();
        assertThat(text(requisition, "link")).isEqualTo(bank.gocardlessBase() + "/consent/" + id);
        assertThat(requisition)
                .asInstanceOf(MAP)
                .containsEntry("ssn", null)
                .containsEntry("account_selection", false)
                .containsEntry("redirect_immediate", false)
                .containsEntry("user_language", "EN");

        HttpResponse<String> page = get(text(requisition, "link"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .contains(
                        "<h1>",
                        "Sandbox Bank",
                        "Tributary asks to read your account details, balances and transactions for 90 days",
                        "<form method=\"post\">",
                        "name=\"decision\" value=\"approve\"",
                        "name=\"decision\" value=\"deny\"",
                        "state=abc")
                .doesNotContain("<script");

        HttpResponse<String> approved = SandboxHttp.form(text(requisition, "link"), "decision=approve");
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(approved.headers().firstValue("Location")).hasValue(REDIRECT + "&ref=" + reference);

        Object linked = json(get(api + "requisitions/" + id + "/", auth()));
        assertThat(text(linked, "status")).isEqualTo("LN");
        List<?> accounts = list(linked, "accounts");
        assertThat(accounts).hasSize(2);
        accounts.forEach(a -> assertThat(UUID.fromString((String) a)).isNotNull());
        assertThat(json(get(api + "requisitions/" + id + "/", auth()))).isEqualTo(linked);
        Instant accepted =
                Instant.parse(text(json(get(api + "agreements/enduser/" + agreementId + "/", auth())), "accepted"));
        assertThat(accepted).isBetween(Instant.now().minusSeconds(60), Instant.now());

        List<String> currencies = new ArrayList<>();
        for (Object account : accounts) {
            Object details = json(get(api + "accounts/" + account + "/details/", auth()));
            assertThat(text(details, "account", "resourceId")).isEqualTo(account);
            assertThat(text(details, "account", "ownerName")).isEqualTo("Alex Sandbox");
            assertThat(text(details, "account", "cashAccountType")).isEqualTo("CACC");
            String iban = text(details, "account", "iban");
            assertThat(iban).startsWith("GB");
            assertThat(Iban.valid(iban)).as(iban).isTrue();
            currencies.add(text(details, "account", "currency"));

            Object metadata = json(get(api + "accounts/" + account + "/", auth()));
            assertThat(text(metadata, "status")).isEqualTo("READY");
            assertThat(text(metadata, "iban")).isEqualTo(iban);
            assertThat(text(metadata, "institution_id")).isEqualTo(SandboxBank.GOCARDLESS_INSTITUTION_ID);

            HttpResponse<String> answer = get(
                    api + "accounts/" + account + "/transactions/?date_from="
                            + LocalDate.now(ZoneOffset.UTC).minusYears(2),
                    auth());
            assertThat(answer.statusCode()).isEqualTo(200);
            Object transactions = json(answer);
            List<?> booked = list(transactions, "transactions", "booked");
            List<?> pending = list(transactions, "transactions", "pending");
            assertThat(text(transactions, "last_updated")).isNotNull();
            for (Object tx : booked) {
                assertThat(text(tx, "transactionAmount", "amount")).matches("-?\\d+\\.\\d{2}");
                assertThat(at(tx, "transactionAmount", "amount")).isInstanceOf(String.class);
                assertThat(text(tx, "bookingDate")).isNotNull();
                assertThat(text(tx, "bankTransactionCode")).isEqualTo("PMNT");
                String counterpart = text(tx, "transactionAmount", "amount").startsWith("-")
                        ? text(tx, "creditorName")
                        : text(tx, "debtorName");
                assertThat(counterpart).isEqualTo(text(tx, "remittanceInformationUnstructured"));
            }
            for (Object tx : pending) {
                assertThat(tx)
                        .asInstanceOf(MAP)
                        .containsOnlyKeys(
                                "transactionId", "valueDate", "transactionAmount", "remittanceInformationUnstructured");
                assertThat(LocalDate.parse(text(tx, "valueDate")))
                        .isAfter(LocalDate.now(ZoneOffset.UTC).minusDays(2));
            }
            if (text(details, "account", "currency").equals("USD")) {
                assertThat(booked).as("a year of checking").hasSizeGreaterThan(300);
                assertThat(pending).isNotEmpty();
            }
            Object again = json(get(
                    api + "accounts/" + account + "/transactions/?date_from="
                            + LocalDate.now(ZoneOffset.UTC).minusYears(2),
                    auth()));
            assertThat(at(again, "transactions"))
                    .as("the same ids every time")
                    .isEqualTo(at(transactions, "transactions"));
        }
        assertThat(currencies).containsExactlyInAnyOrder("USD", "EUR");
    }

    @Test
    void aRequisitionDeniedAtTheBankIsRejectedAndLinksNothing() throws Exception {
        Object requisition = requisition(SandboxBank.GOCARDLESS_INSTITUTION_ID, 90);
        HttpResponse<String> denied = SandboxHttp.form(text(requisition, "link"), "decision=deny");
        assertThat(denied.statusCode()).isEqualTo(302);
        assertThat(denied.headers().firstValue("Location"))
                .hasValue(REDIRECT + "&ref=" + text(requisition, "reference")
                        + "&error=UserCancelledSession&details=User+cancelled+the+session");
        Object after = json(get(api + "requisitions/" + text(requisition, "id") + "/", auth()));
        assertThat(text(after, "status")).isEqualTo("RJ");
        assertThat(list(after, "accounts")).isEmpty();
        assertThat(SandboxHttp.form(text(requisition, "link"), "decision=approve")
                        .statusCode())
                .as("answered once")
                .isEqualTo(409);
        assertThat(SandboxHttp.form(text(requisition, "link"), "decision=maybe").statusCode())
                .isEqualTo(400);
        assertThat(get(bank.gocardlessBase() + "/consent/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anEndedAgreementAnswersEuaExpiredAndTheRequisitionIsExpired() throws Exception {
        String account = linkedAccount(SandboxBank.GOCARDLESS_SHORT_INSTITUTION_ID, 5);
        assertThat(get(api + "accounts/" + account + "/transactions/", auth()).statusCode())
                .isEqualTo(200);
        String iban = text(json(get(api + "accounts/" + account + "/", auth())), "iban");

        HttpResponse<String> switched = SandboxHttp.post(bank.gocardlessBase() + "/switch?mode=expire-consent", "");
        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(switched.body()).startsWith("mode=ok");

        HttpResponse<String> ended = get(api + "accounts/" + account + "/transactions/", auth());
        assertThat(ended.statusCode()).isEqualTo(400);
        Object error = json(ended);
        assertThat(text(error, "summary")).matches("End User Agreement \\(EUA\\) [0-9a-f-]{36} has expired");
        assertThat(text(error, "detail"))
                .startsWith("EUA was valid for 5 days and it expired at ")
                .endsWith(". The end user must connect the account once more with new EUA and Requisition");
        assertThat(at(error, "status_code")).isEqualTo(new BigDecimal(400));
        assertThat(get(api + "accounts/" + account + "/details/", auth()).statusCode())
                .isEqualTo(400);

        String requisition = requisitionOf(account);
        assertThat(text(json(get(api + "requisitions/" + requisition + "/", auth())), "status"))
                .isEqualTo("EX");

        String renewed = linkedAccount(SandboxBank.GOCARDLESS_SHORT_INSTITUTION_ID, 5);
        assertThat(get(api + "accounts/" + renewed + "/transactions/", auth()).statusCode())
                .as("a new agreement, accepted after the switch, is not ended by it")
                .isEqualTo(200);
        assertThat(text(json(get(api + "accounts/" + renewed + "/details/", auth())), "account", "iban"))
                .as("the same bank account again")
                .isEqualTo(iban);
    }

    @Test
    void anExpiredTokenIsRefusedAndTheRefreshTokenBuysANewOne() throws Exception {
        Object pair = json(newToken());
        assertThat(at(pair, "access_expires")).isEqualTo(new BigDecimal(86400));
        assertThat(at(pair, "refresh_expires")).isEqualTo(new BigDecimal(2592000));
        String access = text(pair, "access");
        assertThat(get(api + "institutions/", "Authorization", "Bearer " + access)
                        .statusCode())
                .isEqualTo(200);

        assertThat(SandboxHttp.post(bank.gocardlessBase() + "/switch?mode=expired-token", "")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> refused = get(api + "institutions/", "Authorization", "Bearer " + access);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused))
                .isEqualTo(Map.of(
                        "summary", "Invalid token",
                        "detail", "Token is invalid or expired",
                        "status_code", new BigDecimal(401)));

        HttpResponse<String> refreshed =
                SandboxHttp.post(api + "token/refresh/", "{\"refresh\":\"" + text(pair, "refresh") + "\"}");
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(json(refreshed)).asInstanceOf(MAP).containsOnlyKeys("access", "access_expires");
        assertThat(get(api + "institutions/", "Authorization", "Bearer " + text(json(refreshed), "access"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(newToken().statusCode()).as("the switch was one-shot").isEqualTo(200);
        assertThat(get(api + "institutions/", "Authorization", "Bearer " + text(json(newToken()), "access"))
                        .statusCode())
                .isEqualTo(200);

        assertThat(SandboxHttp.post(api + "token/refresh/", "{\"refresh\":\"nope\"}")
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> wrong =
                SandboxHttp.post(api + "token/new/", "{\"secret_id\":\"sandbox-secret-id\",\"secret_key\":\"guess\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(text(json(wrong), "summary")).isEqualTo("Authentication failed");
        assertThat(text(json(wrong), "detail")).isEqualTo("No active account found with the given credentials");
        assertThat(get(api + "institutions/").statusCode()).as("no token").isEqualTo(401);
    }

    @Test
    void theDailyLimitAnswers429WithGoCardlessHeaders() throws Exception {
        String account = linkedAccount(SandboxBank.GOCARDLESS_INSTITUTION_ID, 90);
        for (int i = 0; i < 6; i++) {
            assertThat(get(api + "accounts/" + account + "/transactions/", auth())
                            .statusCode())
                    .as("unlimited unless strict")
                    .isEqualTo(200);
        }

        SandboxHttp.post(bank.gocardlessBase() + "/switch?mode=429", "");
        assertRateLimited(get(api + "accounts/" + account + "/transactions/", auth()));

        SandboxHttp.post(bank.gocardlessBase() + "/switch?mode=strict", "");
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> allowed = get(api + "accounts/" + account + "/transactions/", auth());
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.headers().firstValue("HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_REMAINING"))
                    .hasValue(String.valueOf(3 - i));
        }
        assertRateLimited(get(api + "accounts/" + account + "/transactions/", auth()));
    }

    private static void assertRateLimited(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_LIMIT"))
                .hasValue("4");
        assertThat(answer.headers().firstValue("HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_REMAINING"))
                .hasValue("0");
        assertThat(answer.headers().firstValue("HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_RESET"))
                .hasValue("3600");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("3600");
        assertThat(json(answer))
                .isEqualTo(Map.of(
                        "summary", "Rate limit exceeded",
                        "detail", "The rate limit for this resource is 4/day. Please try again in 3600 seconds",
                        "status_code", new BigDecimal(429)));
    }

    @Test
    void failureSwitchesAnswer500OrBrokenJsonUntilSwitchedBack() throws Exception {
        String account = linkedAccount(SandboxBank.GOCARDLESS_INSTITUTION_ID, 90);
        SandboxHttp.post(bank.gocardlessBase() + "/switch?mode=500", "");
        HttpResponse<String> failed = get(api + "accounts/" + account + "/transactions/", auth());
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).isEqualTo("{\"summary\":\"Internal error\",\"status_code\":500}");
        assertThat(get(api + "accounts/" + account + "/details/", auth()).statusCode())
                .isEqualTo(500);

        SandboxHttp.post(bank.gocardlessBase() + "/switch?mode=malformed", "");
        HttpResponse<String> broken = get(api + "accounts/" + account + "/transactions/", auth());
        assertThat(broken.statusCode()).isEqualTo(200);
        assertThat(broken.body()).startsWith("{\"transactions\":{");
        assertThatThrownBy(() -> JsonReader.read(broken.body())).isInstanceOf(JsonReader.Malformed.class);

        assertThat(SandboxHttp.post(bank.gocardlessBase() + "/switch?mode=ok", "")
                        .body())
                .isEqualTo("mode=ok");
        assertThat(get(api + "accounts/" + account + "/transactions/", auth()).statusCode())
                .isEqualTo(200);
        assertThat(SandboxHttp.post(bank.gocardlessBase() + "/switch?mode=sideways", "")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void requestsTheApiRefusesAnswerItsErrorShape() throws Exception {
        HttpResponse<String> tooLong =
                post("agreements/enduser/", agreementBody(SandboxBank.GOCARDLESS_SHORT_INSTITUTION_ID, 90));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong))
                .isEqualTo(Map.of(
                        "summary", "Incorrect access_valid_for_days",
                        "detail", "access_valid_for_days must be > 0 and <= 5",
                        "status_code", new BigDecimal(400)));
        HttpResponse<String> unknown = post("agreements/enduser/", agreementBody("NO_SUCH_BANK", 90));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(text(json(unknown), "summary")).contains("NO_SUCH_BANK");

        String agreement =
                text(json(post("agreements/enduser/", agreementBody(SandboxBank.GOCARDLESS_INSTITUTION_ID, 90))), "id");
        assertThat(post("requisitions/", requisitionBody(agreement, "same")).statusCode())
                .isEqualTo(201);
        HttpResponse<String> reused = post("requisitions/", requisitionBody(agreement, "same"));
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(text(json(reused), "reference", "summary")).isEqualTo("Client reference must be unique");
        assertThat(text(json(reused), "reference", "detail")).isNotBlank();
        assertThat(at(json(reused), "status_code")).isEqualTo(new BigDecimal(400));

        for (String body : List.of("", "{", "[1,2]", "{\"redirect\":", "{\"a\":1}}", "\u0000")) {
            HttpResponse<String> malformed = post("requisitions/", body);
            assertThat(malformed.statusCode()).as(body).isEqualTo(400);
            assertThat(text(json(malformed), "summary")).as(body).isNotBlank();
            assertThat(at(json(malformed), "status_code")).isEqualTo(new BigDecimal(400));
        }
        HttpResponse<String> missing = post("requisitions/", "{\"institution_id\":\"SANDBOXBANK_SBOXGB2L\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(text(json(missing), "redirect", "summary")).isEqualTo("This field is required.");
        assertThat(post(
                                "requisitions/",
                                "{\"redirect\":\"javascript:alert(1)\",\"institution_id\":\"SANDBOXBANK_SBOXGB2L\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(SandboxHttp.post(api + "token/new/", "not json").statusCode())
                .isEqualTo(400);

        assertThat(get(api + "requisitions/" + UUID.randomUUID() + "/", auth()).statusCode())
                .isEqualTo(404);
        assertThat(get(api + "accounts/" + UUID.randomUUID() + "/transactions/", auth())
                        .statusCode())
                .isEqualTo(404);
        assertThat(get(api + "institutions", auth()).statusCode())
                .as("no trailing slash")
                .isEqualTo(404);
        String account = linkedAccount(SandboxBank.GOCARDLESS_INSTITUTION_ID, 90);
        assertThat(get(api + "accounts/" + account + "/transactions/?date_from=yesterday", auth())
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aDeletedRequisitionsAccountsAreNotFound() throws Exception {
        String account = linkedAccount(SandboxBank.GOCARDLESS_INSTITUTION_ID, 90);
        String requisition = requisitionOf(account);
        HttpResponse<String> deleted = SandboxHttp.delete(api + "requisitions/" + requisition + "/", auth());
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(text(json(deleted), "summary")).isEqualTo("Requisition deleted");
        assertThat(get(api + "accounts/" + account + "/transactions/", auth()).statusCode())
                .isEqualTo(404);
        assertThat(get(api + "requisitions/" + requisition + "/", auth()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theVolumeBanksCheckingAccountHasFiftyThousandBookedTransactions() throws Exception {
        String account = linkedAccount(SandboxBank.GOCARDLESS_VOLUME_INSTITUTION_ID, 90);
        Object requisition = json(get(api + "requisitions/" + requisitionOf(account) + "/", auth()));
        int total = 0;
        for (Object id : list(requisition, "accounts")) {
            Object transactions = json(get(api + "accounts/" + id + "/transactions/", auth()));
            if (text(json(get(api + "accounts/" + id + "/details/", auth())), "account", "currency")
                    .equals("USD")) {
                assertThat(list(transactions, "transactions", "booked")).hasSize(50_000);
                total++;
            }
        }
        assertThat(total).isOne();
    }

    /** The requisition that linked each account these tests linked. */
    private final Map<String, String> requisitions = new HashMap<>();

    /** A linked requisition's first account (its checking account). */
    private String linkedAccount(String institution, int days) throws Exception {
        Object requisition = requisition(institution, days);
        assertThat(SandboxHttp.form(text(requisition, "link"), "decision=approve")
                        .statusCode())
                .isEqualTo(302);
        String id = text(requisition, "id");
        String account = text(json(get(api + "requisitions/" + id + "/", auth())), "accounts", 0);
        requisitions.put(account, id);
        return account;
    }

    private Object requisition(String institution, int days) throws Exception {
        String agreement = text(json(post("agreements/enduser/", agreementBody(institution, days))), "id");
        HttpResponse<String> created = post(
                "requisitions/",
                requisitionBody(agreement, UUID.randomUUID().toString())
                        .replace(SandboxBank.GOCARDLESS_INSTITUTION_ID, institution));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    private String requisitionOf(String account) {
        return requisitions.get(account);
    }

    private static String agreementBody(String institution, int days) {
        return "{\"institution_id\":\"" + institution + "\",\"max_historical_days\":365,\"access_valid_for_days\":"
                + days + ",\"access_scope\":[\"balances\",\"details\",\"transactions\"]}";
    }

    private static String requisitionBody(String agreement, String reference) {
        return "{\"redirect\":\"" + REDIRECT + "\",\"institution_id\":\"" + SandboxBank.GOCARDLESS_INSTITUTION_ID
                + "\",\"reference\":\"" + reference + "\",\"agreement\":\"" + agreement
                + "\",\"user_language\":\"EN\"}";
    }

    private HttpResponse<String> newToken() throws Exception {
        return SandboxHttp.post(
                api + "token/new/",
                "{\"secret_id\":\"" + SandboxBank.GOCARDLESS_SECRET_ID + "\",\"secret_key\":\""
                        + SandboxBank.GOCARDLESS_SECRET_KEY + "\"}");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return SandboxHttp.post(api + path, body, auth());
    }

    private String[] auth() {
        return new String[] {"Authorization", "Bearer " + token};
    }
}
