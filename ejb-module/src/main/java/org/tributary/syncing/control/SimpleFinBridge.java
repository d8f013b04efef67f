package org.tributary.syncing.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.tributary.platform.control.InvalidInputException;

/**
 * The SimpleFIN protocol (simplefin.org/protocol.html): a setup token is the base64 of a claim URL, which answers
 * one POST with the access URL (basic-auth credentials in it); {@code GET <access URL>/accounts?start-date=…}
 * answers an Account Set with the transactions since that day. Only URLs under the configured bridges are ever
 * asked ({@code TRIBUTARY_SIMPLEFIN_BRIDGES}), so a crafted token cannot make the server call anything else; no
 * redirect is followed. The access URL is a secret: it is never logged nor put in an error.
 */
@ApplicationScoped
public class SimpleFinBridge {

    /** An Account Set of years of a busy account is a few megabytes; more is not a bank's answer. */
    static final int MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

    private static final int MAX_TOKEN = 2_000;

    @Inject
    @ConfigProperty(
            name = "tributary.simplefin.bridges",
            defaultValue = "https://bridge.simplefin.org/,https://beta-bridge.simplefin.org/")
    String bridges;

    @Inject
    @ConfigProperty(name = "tributary.simplefin.timeout", defaultValue = "PT30S")
    Duration timeout;

    private List<URI> allowed;
    private BankHttp http;

    @PostConstruct
    void open() {
        allowed = Arrays.stream(bridges.split(","))
                .map(String::strip)
                .filter(b -> !b.isEmpty())
                .map(URI::create)
                .toList();
        http = new BankHttp("SimpleFIN");
    }

    /** Where a person makes a setup token: the first configured bridge's page for it. */
    public String tokenPage() {
        URI bridge = allowed.isEmpty() ? URI.create("https://bridge.simplefin.org/") : allowed.get(0);
        return bridge.resolve("/simplefin/create").toString();
    }

    /**
     * Exchanges a setup token for the connection's access URL. Never retried: a claim works once, so a second
     * try after a lost answer would only be refused.
     */
    @Timeout(45_000)
    @Bulkhead(4)
    public String claim(String setupToken) {
        URI claim = allowedUri(decode(setupToken), "credentials.setupToken");
        BankHttp.Answer response = http.exchange(
                HttpRequest.newBuilder(claim)
                        .timeout(timeout)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                "POST claim",
                4_000);
        String body = new String(response.body(), StandardCharsets.UTF_8).strip();
        if (response.status() == 403 || response.status() == 404) {
            throw new InvalidInputException(
                    "credentials.setupToken",
                    "This setup token was already used or is not valid: make a new one at your SimpleFIN Bridge.");
        }
        if (response.status() != 200) {
            throw new BankUnavailableException("SimpleFIN answered the claim with HTTP " + response.status());
        }
        URI access;
        try {
            access = URI.create(body);
        } catch (IllegalArgumentException e) {
            throw new BankUnavailableException("SimpleFIN's claim answer is not an access URL");
        }
        if (access.getRawUserInfo() == null || !isAllowed(access)) {
            throw new BankUnavailableException("SimpleFIN's claim answer is not an access URL of the bridge");
        }
        return body;
    }

    /** The Account Set with every transaction posted or pending since {@code since}, exactly as received. */
    @Timeout(90_000)
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
    public byte[] accountSet(String accessUrl, LocalDate since) {
        URI access = URI.create(accessUrl);
        if (!isAllowed(access) || access.getRawUserInfo() == null) {
            throw new ReconnectNeededException("The stored SimpleFIN access is not one of the configured bridges");
        }
        String base = accessUrl.replaceFirst("/+$", "").replace(access.getRawUserInfo() + "@", "");
        long start = since.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        BankHttp.Answer response = http.exchange(
                HttpRequest.newBuilder(URI.create(base + "/accounts?pending=1&start-date=" + start))
                        .timeout(timeout)
                        .header("Authorization", "Basic " + basic(access.getRawUserInfo()))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                "GET /accounts",
                MAX_RESPONSE_BYTES);
        int status = response.status();
        if (status == 401 || status == 402 || status == 403) {
            throw new ReconnectNeededException("SimpleFIN refused the connection's access (HTTP " + status + ")");
        }
        if (status == 429) {
            Instant until = RetryAfter.until(response.header("Retry-After"), Instant.now());
            throw new RateLimitedException("SimpleFIN asked to wait until " + until + " (HTTP 429)", until);
        }
        if (status != 200) {
            throw new BankUnavailableException("SimpleFIN answered HTTP " + status);
        }
        return response.body();
    }

    private static String decode(String setupToken) {
        if (setupToken == null || setupToken.isBlank() || setupToken.length() > MAX_TOKEN) {
            throw new InvalidInputException("credentials.setupToken", "Paste the setup token from SimpleFIN Bridge.");
        }
        String url;
        try {
            url = new String(Base64.getMimeDecoder().decode(setupToken.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            url = "";
        }
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new InvalidInputException("credentials.setupToken", "This is not a SimpleFIN setup token.");
        }
        return url;
    }

    private URI allowedUri(String url, String field) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "This is not a SimpleFIN setup token.");
        }
        if (!isAllowed(uri)) {
            throw new InvalidInputException(field, "This setup token is not from a SimpleFIN Bridge this server uses.");
        }
        return uri;
    }

    /** Under a configured bridge; an access URL's credentials are not part of where it points. */
    private boolean isAllowed(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return BankHttp.isUnder(uri, allowed);
        }
        String raw = uri.toString().replaceFirst(java.util.regex.Pattern.quote(uri.getRawUserInfo() + "@"), "");
        try {
            return BankHttp.isUnder(URI.create(raw), allowed);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String basic(String rawUserInfo) {
        String userInfo = URLDecoder.decode(rawUserInfo, StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }
}
