package org.tributary.syncing.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Banks' own Berlin Group NextGenPSD2 XS2A APIs (version 1.3): an account-information consent with a redirect to the
 * bank for the person's strong authentication, the consent's status and validity, the accounts it covers, and each
 * account's transactions with {@code bookingStatus=both}, page after page by {@code _links.next}. Which banks can be
 * connected is configuration ({@code TRIBUTARY_BERLINGROUP_BANKS}); every call goes to the bank's configured base,
 * and a {@code next} link anywhere else is refused. Errors come as {@code tppMessages} codes:
 * {@code CONSENT_EXPIRED}, {@code CONSENT_INVALID} and {@code CONSENT_UNKNOWN} need the person to connect again,
 * {@code ACCESS_EXCEEDED} (the consent's calls a day are used up) waits.
 */
@ApplicationScoped
public class BerlinGroupApi {

    static final String NAME = "Berlin Group";

    /** A page of transactions is tens of kilobytes; a bank that sends everything at once, a few megabytes. */
    static final int MAX_PAGE_BYTES = 32 * 1024 * 1024;

    /** A bank of {@code TRIBUTARY_BERLINGROUP_BANKS}: {@code id|name|country|base URL}, entries separated by ';'. */
    public record Bank(String id, String name, String country, URI base) {}

    public record Consent(String id, String status, String scaRedirect) {}

    public record ConsentState(String status, LocalDate validUntil) {

        public boolean valid() {
            return "valid".equalsIgnoreCase(status);
        }
    }

    public record Account(String resourceId, String iban, String currency, String name) {}

    @Inject
    @ConfigProperty(name = "tributary.berlingroup.banks", defaultValue = " ")
    String configured;

    @Inject
    @ConfigProperty(name = "tributary.berlingroup.timeout", defaultValue = "PT30S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "tributary.berlingroup.consent-days", defaultValue = "90")
    int consentDays;

    private List<Bank> banks;
    private BankHttp http;

    @PostConstruct
    void open() {
        banks = Arrays.stream(configured.split(";"))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(BerlinGroupApi::bank)
                .flatMap(Optional::stream)
                .toList();
        http = new BankHttp(NAME);
    }

    private static Optional<Bank> bank(String entry) {
        String[] parts = entry.split("\\|");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            URI base = URI.create(parts[3].strip().replaceFirst("/+$", "") + "/");
            if (base.getScheme() == null || base.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(new Bank(
                    parts[0].strip(), parts[1].strip(), parts[2].strip().toUpperCase(Locale.ROOT), base));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public List<Bank> banks() {
        return banks;
    }

    public Optional<Bank> find(String id) {
        return banks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /**
     * Asks the bank for a recurring consent to read every account until {@code TRIBUTARY_BERLINGROUP_CONSENT_DAYS}
     * from today, four times a day; the bank sends the person back to {@code redirect} (or {@code refused}).
     */
    @Timeout(60_000)
    @Bulkhead(8)
    public Consent askConsent(Bank bank, URI redirect, URI refused, String personAddress) {
        JsonObject body = Json.createObjectBuilder()
                .add("access", Json.createObjectBuilder().add("allPsd2", "allAccounts"))
                .add("recurringIndicator", true)
                .add("validUntil", LocalDate.now().plusDays(consentDays).toString())
                .add("frequencyPerDay", 4)
                .add("combinedServiceIndicator", false)
                .build();
        HttpRequest.Builder request = request(bank.base().resolve("v1/consents"))
                .header("Content-Type", "application/json")
                .header("TPP-Redirect-URI", redirect.toString())
                .header("TPP-Nok-Redirect-URI", refused.toString())
                .header("TPP-Redirect-Preferred", "true")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (personAddress != null) {
            request.header("PSU-IP-Address", personAddress);
        }
        BankHttp.Answer answer = http.exchange(request.build(), "POST /v1/consents", 64 * 1024);
        if (!answer.ok()) {
            throw unavailable(answer);
        }
        JsonObject json = answer.json();
        JsonObject links = json.getJsonObject("_links");
        JsonObject sca = links == null ? null : links.getJsonObject("scaRedirect");
        if (sca == null || !json.containsKey("consentId")) {
            throw new BankUnavailableException(NAME + ": the bank did not answer a consent with a redirect");
        }
        return new Consent(json.getString("consentId"), json.getString("consentStatus", ""), sca.getString("href", ""));
    }

    @Timeout(60_000)
    @Retry(
            maxRetries = 1,
            delay = 1_000,
            retryOn = BankUnavailableException.class,
            abortOn = ReconnectNeededException.class)
    @Bulkhead(8)
    public ConsentState consent(Bank bank, String consentId) {
        BankHttp.Answer answer = http.exchange(
                request(bank.base().resolve("v1/consents/" + encode(consentId)))
                        .GET()
                        .build(),
                "GET /v1/consents/{consentId}",
                64 * 1024);
        failUnlessOk(answer);
        JsonObject json = answer.json();
        LocalDate validUntil;
        try {
            validUntil = LocalDate.parse(json.getString("validUntil", ""));
        } catch (DateTimeParseException e) {
            validUntil = null;
        }
        return new ConsentState(json.getString("consentStatus", ""), validUntil);
    }

    @Timeout(60_000)
    @Retry(
            maxRetries = 1,
            delay = 1_000,
            retryOn = BankUnavailableException.class,
            abortOn = ReconnectNeededException.class)
    @Bulkhead(8)
    public List<Account> accounts(Bank bank, String consentId) {
        BankHttp.Answer answer = http.exchange(
                request(bank.base().resolve("v1/accounts"))
                        .header("Consent-ID", consentId)
                        .GET()
                        .build(),
                "GET /v1/accounts",
                4 * 1024 * 1024);
        failUnlessOk(answer);
        List<Account> accounts = new ArrayList<>();
        if (answer.json().get("accounts") instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonObject account && account.containsKey("resourceId")) {
                    accounts.add(new Account(
                            account.getString("resourceId"),
                            account.getString("iban", null),
                            account.getString("currency", null),
                            account.containsKey("name")
                                    ? account.getString("name", null)
                                    : account.getString("product", null)));
                }
            }
        }
        return accounts;
    }

    /** Ends a consent at the bank (the person disconnected). Gone already is fine. */
    @Timeout(60_000)
    @Bulkhead(8)
    public void deleteConsent(Bank bank, String consentId) {
        BankHttp.Answer answer = http.exchange(
                request(bank.base().resolve("v1/consents/" + encode(consentId)))
                        .DELETE()
                        .build(),
                "DELETE /v1/consents/{consentId}",
                64 * 1024);
        if (!answer.ok() && answer.status() != 404 && answer.status() != 403) {
            throw unavailable(answer);
        }
    }

    /** The first page of an account's transactions since {@code since}. */
    public URI firstPage(Bank bank, String resourceId, LocalDate since) {
        return bank.base()
                .resolve("v1/accounts/" + encode(resourceId) + "/transactions?bookingStatus=both&dateFrom=" + since);
    }

    /** The page after {@code page}, from its {@code _links.next}; empty on the last page. */
    public Optional<URI> next(Bank bank, JsonObject page) {
        JsonObject transactions = page.getJsonObject("transactions");
        JsonObject links = transactions == null ? page.getJsonObject("_links") : transactions.getJsonObject("_links");
        if (links == null && transactions != null) {
            links = page.getJsonObject("_links");
        }
        if (links == null || !(links.get("next") instanceof JsonObject next) || !next.containsKey("href")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = bank.base().resolve(next.getString("href"));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new BankUnavailableException(NAME + ": the bank's next page link is not a link");
        }
        if (!BankHttp.isUnder(uri, List.of(bank.base()))) {
            throw new BankUnavailableException(NAME + ": the bank's next page link leads away from the bank");
        }
        return Optional.of(uri);
    }

    /** One page of transactions, exactly as received. */
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
    public Fetched.RawResponse page(Bank bank, String consentId, URI page) {
        BankHttp.Answer answer = http.exchange(
                request(page).header("Consent-ID", consentId).GET().build(),
                "GET " + page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()),
                MAX_PAGE_BYTES);
        failUnlessOk(answer);
        if (!(answer.strictJson(NAME) instanceof JsonObject)) {
            throw new BankUnavailableException(NAME + ": a page of transactions is not a JSON object");
        }
        return new Fetched.RawResponse(answer.request(), answer.status(), answer.body());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("X-Request-ID", UUID.randomUUID().toString());
    }

    private static void failUnlessOk(BankHttp.Answer answer) {
        if (answer.ok()) {
            return;
        }
        String code = code(answer.json());
        int status = answer.status();
        if (status == 429 || "ACCESS_EXCEEDED".equals(code)) {
            java.time.Instant until = RetryAfter.until(answer.header("Retry-After"), java.time.Instant.now());
            throw new RateLimitedException(
                    NAME + ": the consent's fetches for today are used up; the next after " + until, until);
        }
        if ("CONSENT_EXPIRED".equals(code)) {
            throw new ReconnectNeededException("The bank's consent has ended: connect again to keep fetching");
        }
        if (code != null && code.startsWith("CONSENT_") || status == 401 || status == 403) {
            throw new ReconnectNeededException("The bank no longer accepts the consent ("
                    + (code == null ? "HTTP " + status : code) + "): connect again");
        }
        throw unavailable(answer);
    }

    private static BankUnavailableException unavailable(BankHttp.Answer answer) {
        String code = code(answer.json());
        return new BankUnavailableException(
                NAME + ": the bank answered HTTP " + answer.status() + (code == null ? "" : " " + code));
    }

    /** The first {@code tppMessages[].code}, if it is a plain code. */
    private static String code(JsonObject error) {
        if (error.get("tppMessages") instanceof JsonArray messages
                && !messages.isEmpty()
                && messages.get(0) instanceof JsonObject first
                && first.getString("code", "").matches("[A-Z_]{1,64}")) {
            return first.getString("code");
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
