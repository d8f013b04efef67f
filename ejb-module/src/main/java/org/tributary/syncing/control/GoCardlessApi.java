package org.tributary.syncing.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * GoCardless Bank Account Data (formerly Nordigen), as its API reference describes it: this server's secret buys an
 * access token (refreshed, or bought again, when it lapses); an end-user agreement says how long and how far back;
 * a requisition holds the link where the person approves at their bank and, once linked ({@code LN}), the accounts;
 * each account answers its details and its booked and pending transactions. An agreement that has ended makes the
 * account calls fail: the connection needs reconnecting. A bank answers only a few transaction calls a day per
 * account ({@code 429} with the seconds to wait in {@code HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_RESET}).
 */
@ApplicationScoped
public class GoCardlessApi {

    static final String NAME = "GoCardless";

    /** A year of a busy account is a few megabytes of JSON; more is not a bank's answer. */
    static final int MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

    private static final Duration INSTITUTIONS_KEPT = Duration.ofHours(6);

    public record Institution(
            String id, String name, List<String> countries, String logo, int maxAccessDays, int historyDays) {}

    public record Requisition(String id, String status, String link, String agreementId, List<String> accounts) {}

    public record Agreement(String id, Instant accepted, int accessDays) {

        /** When the person's consent ends, or null while it is not given. */
        public Instant expiresAt() {
            return accepted == null ? null : accepted.plus(Duration.ofDays(accessDays));
        }
    }

    public record AccountDetails(String id, String iban, String currency, String name) {}

    @Inject
    @ConfigProperty(name = "tributary.gocardless.url", defaultValue = "https://bankaccountdata.gocardless.com")
    String url;

    @Inject
    @ConfigProperty(name = "tributary.gocardless.secret-id")
    Optional<String> secretId;

    @Inject
    @ConfigProperty(name = "tributary.gocardless.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "tributary.gocardless.timeout", defaultValue = "PT30S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "tributary.gocardless.access-days", defaultValue = "90")
    int accessDays;

    private record Token(String access, Instant accessUntil, String refresh, Instant refreshUntil) {}

    private record Kept(List<Institution> institutions, Instant at) {}

    private URI base;
    private BankHttp http;
    private volatile Token token;
    private final Map<String, Kept> institutions = new ConcurrentHashMap<>();

    @PostConstruct
    void open() {
        base = URI.create(url.replaceFirst("/+$", "") + "/");
        http = new BankHttp(NAME);
    }

    /** Whether this server has a GoCardless secret: without one, GoCardless is not offered. */
    public boolean configured() {
        return secretId.filter(s -> !s.isBlank()).isPresent()
                && secretKey.filter(s -> !s.isBlank()).isPresent();
    }

    /** The banks of a country (ISO 3166 alpha-2), or of every country when null; kept a few hours. */
    @Timeout(60_000)
    @Retry(maxRetries = 1, delay = 1_000, retryOn = BankUnavailableException.class)
    @Bulkhead(8)
    public List<Institution> institutions(String country) {
        String key = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        Kept kept = institutions.get(key);
        if (kept != null && kept.at().plus(INSTITUTIONS_KEPT).isAfter(Instant.now())) {
            return kept.institutions();
        }
        String path = "api/v2/institutions/" + (key.isEmpty() ? "" : "?country=" + encode(key));
        BankHttp.Answer answer = call("GET", path, null, 4 * 1024 * 1024);
        if (!answer.ok()) {
            throw unavailable(answer);
        }
        List<Institution> list = new ArrayList<>();
        if (answer.strictJson(NAME) instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonObject institution) {
                    list.add(institution(institution));
                }
            }
        }
        List<Institution> result = List.copyOf(list);
        institutions.put(key, new Kept(result, Instant.now()));
        return result;
    }

    public Optional<Institution> institution(String id) {
        return institutions(null).stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * Asks for the person's consent: an agreement for as long and as far back as the bank allows (at most
     * {@code TRIBUTARY_GOCARDLESS_ACCESS_DAYS}), and a requisition whose link the person opens. The bank sends the
     * person back to {@code redirect} with {@code ref=reference} added.
     */
    @Timeout(60_000)
    @Bulkhead(8)
    public Requisition askConsent(Institution institution, URI redirect, String reference, String language) {
        JsonObject agreementBody = Json.createObjectBuilder()
                .add("institution_id", institution.id())
                .add("max_historical_days", Math.max(1, institution.historyDays()))
                .add("access_valid_for_days", Math.max(1, Math.min(accessDays, institution.maxAccessDays())))
                .add(
                        "access_scope",
                        Json.createArrayBuilder().add("balances").add("details").add("transactions"))
                .build();
        BankHttp.Answer agreement = call("POST", "api/v2/agreements/enduser/", agreementBody, 64 * 1024);
        if (!agreement.ok()) {
            throw unavailable(agreement);
        }
        JsonObject requisitionBody = Json.createObjectBuilder()
                .add("redirect", redirect.toString())
                .add("institution_id", institution.id())
                .add("reference", reference)
                .add("agreement", agreement.json().getString("id", ""))
                .add("user_language", language.toUpperCase(Locale.ROOT))
                .build();
        BankHttp.Answer requisition = call("POST", "api/v2/requisitions/", requisitionBody, 64 * 1024);
        if (!requisition.ok()) {
            throw unavailable(requisition);
        }
        return requisition(requisition.json());
    }

    @Timeout(60_000)
    @Retry(
            maxRetries = 1,
            delay = 1_000,
            retryOn = BankUnavailableException.class,
            abortOn = ReconnectNeededException.class)
    @Bulkhead(8)
    public Requisition requisition(String id) {
        BankHttp.Answer answer = call("GET", "api/v2/requisitions/" + encode(id) + "/", null, 64 * 1024);
        if (answer.status() == 404) {
            throw new ReconnectNeededException(NAME + " no longer knows this connection");
        }
        if (!answer.ok()) {
            throw unavailable(answer);
        }
        return requisition(answer.json());
    }

    @Timeout(60_000)
    @Retry(
            maxRetries = 1,
            delay = 1_000,
            retryOn = BankUnavailableException.class,
            abortOn = ReconnectNeededException.class)
    @Bulkhead(8)
    public Agreement agreement(String id) {
        BankHttp.Answer answer = call("GET", "api/v2/agreements/enduser/" + encode(id) + "/", null, 64 * 1024);
        if (!answer.ok()) {
            throw unavailable(answer);
        }
        JsonObject json = answer.json();
        return new Agreement(id, instant(json.get("accepted")), number(json.get("access_valid_for_days"), 90));
    }

    /** Ends a requisition: the bank's consent is withdrawn and its accounts answer no more. Gone already is fine. */
    @Timeout(60_000)
    @Bulkhead(8)
    public void deleteRequisition(String id) {
        BankHttp.Answer answer = call("DELETE", "api/v2/requisitions/" + encode(id) + "/", null, 64 * 1024);
        if (!answer.ok() && answer.status() != 404) {
            throw unavailable(answer);
        }
    }

    /** The account's IBAN, currency and name, with the answer as received. */
    @Timeout(60_000)
    @Retry(
            maxRetries = 1,
            delay = 1_000,
            retryOn = BankUnavailableException.class,
            abortOn = ReconnectNeededException.class)
    @Bulkhead(8)
    public AccountDetails details(String accountId) {
        BankHttp.Answer answer = call("GET", "api/v2/accounts/" + encode(accountId) + "/details/", null, 256 * 1024);
        failUnlessOk(answer);
        JsonObject account = answer.json().getJsonObject("account");
        if (account == null) {
            throw new BankUnavailableException(NAME + " answered account details without an account");
        }
        return new AccountDetails(
                accountId,
                account.getString("iban", null),
                account.getString("currency", null),
                account.containsKey("name") ? account.getString("name", null) : account.getString("product", null));
    }

    /** The account's booked and pending transactions since {@code since}, exactly as received. */
    @Timeout(120_000)
    @Retry(
            maxRetries = 2,
            delay = 2_000,
            jitter = 500,
            retryOn = BankUnavailableException.class,
            abortOn = {ReconnectNeededException.class, RateLimitedException.class})
    @CircuitBreaker(
            requestVolumeThreshold = 8,
            failureRatio = 0.75,
            delay = 60_000,
            failOn = BankUnavailableException.class,
            skipOn = {ReconnectNeededException.class, RateLimitedException.class})
    @Bulkhead(4)
    public Fetched.RawResponse transactions(String accountId, LocalDate since) {
        BankHttp.Answer answer = call(
                "GET",
                "api/v2/accounts/" + encode(accountId) + "/transactions/?date_from=" + since,
                null,
                MAX_RESPONSE_BYTES);
        failUnlessOk(answer);
        answer.strictJson(NAME);
        return new Fetched.RawResponse(answer.request(), answer.status(), answer.body());
    }

    private void failUnlessOk(BankHttp.Answer answer) {
        if (answer.ok()) {
            return;
        }
        JsonObject error = answer.json();
        String summary = error.getString("summary", "");
        int status = answer.status();
        if (status == 429) {
            Instant until = RetryAfter.until(
                    answer.header("HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_RESET").or(() -> answer.header("Retry-After")),
                    Instant.now());
            throw new RateLimitedException(NAME + " allows only a few fetches a day; the next after " + until, until);
        }
        if (summary.contains("EUA") || summary.toLowerCase(Locale.ROOT).contains("expired")) {
            throw new ReconnectNeededException("The bank's consent has ended: connect again to keep fetching");
        }
        if (status == 401 || status == 403 || status == 404 || status == 409) {
            throw new ReconnectNeededException(
                    NAME + " refused access to the account (HTTP " + status + "): connect again");
        }
        throw unavailable(answer);
    }

    private static BankUnavailableException unavailable(BankHttp.Answer answer) {
        String summary = answer.json().getString("summary", "");
        return new BankUnavailableException(NAME + " answered HTTP " + answer.status()
                + (summary.isBlank() || summary.length() > 200 ? "" : ": " + summary));
    }

    /** An authorised call; a token the API no longer accepts is bought again once. */
    private BankHttp.Answer call(String method, String path, JsonObject body, int maxBytes) {
        BankHttp.Answer answer = send(method, path, body, accessToken(), maxBytes);
        if (answer.status() == 401 && "Invalid token".equals(answer.json().getString("summary", ""))) {
            token = null;
            answer = send(method, path, body, accessToken(), maxBytes);
        }
        return answer;
    }

    private BankHttp.Answer send(String method, String path, JsonObject body, String access, int maxBytes) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", "application/json");
        if (access != null) {
            request.header("Authorization", "Bearer " + access);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return http.exchange(request.build(), method + " /" + path.replaceFirst("\\?.*", ""), maxBytes);
    }

    private String accessToken() {
        Token current = token;
        Instant now = Instant.now();
        if (current != null && current.accessUntil().isAfter(now)) {
            return current.access();
        }
        if (!configured()) {
            throw new BankUnavailableException("This server has no GoCardless secret (TRIBUTARY_GOCARDLESS_SECRET_ID)");
        }
        if (current != null && current.refreshUntil().isAfter(now)) {
            BankHttp.Answer refreshed = send(
                    "POST",
                    "api/v2/token/refresh/",
                    Json.createObjectBuilder().add("refresh", current.refresh()).build(),
                    null,
                    64 * 1024);
            if (refreshed.ok()) {
                JsonObject json = refreshed.json();
                token = new Token(
                        json.getString("access", ""),
                        lifetime(now, json.get("access_expires")),
                        current.refresh(),
                        current.refreshUntil());
                return token.access();
            }
        }
        BankHttp.Answer fresh = send(
                "POST",
                "api/v2/token/new/",
                Json.createObjectBuilder()
                        .add("secret_id", secretId.orElseThrow().strip())
                        .add("secret_key", secretKey.orElseThrow().strip())
                        .build(),
                null,
                64 * 1024);
        if (fresh.status() == 401 || fresh.status() == 403) {
            throw new BankUnavailableException(
                    NAME + " refused this server's secret (TRIBUTARY_GOCARDLESS_SECRET_ID and _KEY)");
        }
        if (!fresh.ok()) {
            throw unavailable(fresh);
        }
        JsonObject json = fresh.json();
        token = new Token(
                json.getString("access", ""),
                lifetime(now, json.get("access_expires")),
                json.getString("refresh", ""),
                lifetime(now, json.get("refresh_expires")));
        return token.access();
    }

    /** A token's lifetime in seconds, less a minute so that it is renewed before the API refuses it. */
    private static Instant lifetime(Instant now, JsonValue seconds) {
        return now.plusSeconds(Math.max(0, number(seconds, 3_600) - 60L));
    }

    private static Institution institution(JsonObject json) {
        List<String> countries = new ArrayList<>();
        if (json.get("countries") instanceof JsonArray array) {
            array.getValuesAs(JsonValue.class).forEach(c -> {
                if (c instanceof JsonString s) {
                    countries.add(s.getString());
                }
            });
        }
        return new Institution(
                json.getString("id", ""),
                json.getString("name", ""),
                List.copyOf(countries),
                json.get("logo") instanceof JsonString logo ? logo.getString() : null,
                number(json.get("max_access_valid_for_days"), 90),
                number(json.get("transaction_total_days"), 90));
    }

    private static Requisition requisition(JsonObject json) {
        List<String> accounts = new ArrayList<>();
        if (json.get("accounts") instanceof JsonArray array) {
            array.getValuesAs(JsonValue.class).forEach(a -> {
                if (a instanceof JsonString s) {
                    accounts.add(s.getString());
                }
            });
        }
        return new Requisition(
                json.getString("id", ""),
                json.getString("status", ""),
                json.get("link") instanceof JsonString link ? link.getString() : null,
                json.get("agreement") instanceof JsonString agreement ? agreement.getString() : null,
                List.copyOf(accounts));
    }

    /** GoCardless writes some numbers as strings ("90"). */
    private static int number(JsonValue value, int otherwise) {
        try {
            if (value instanceof jakarta.json.JsonNumber number) {
                return number.intValueExact();
            }
            if (value instanceof JsonString text) {
                return Integer.parseInt(text.getString().strip());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return otherwise;
        }
        return otherwise;
    }

    private static Instant instant(JsonValue value) {
        if (!(value instanceof JsonString text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.getString()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(text.getString()).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
