package org.tributary.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A bank's own Berlin Group NextGenPSD2 (XS2A 1.3) account-information API under {@code /berlingroup}, as the
 * contract {@code /work/notes/sandbox-spec.md} fixes: consents with a redirect to the bank's authentication page
 * ({@code /berlingroup/sca/{consentId}}, a plain form), their status, the accounts a valid consent covers and their
 * booked and pending transactions, page after page by {@code _links.next}; the consent's errors
 * ({@code CONSENT_UNKNOWN}, {@code CONSENT_INVALID}, {@code CONSENT_EXPIRED}), the daily limit
 * ({@code ACCESS_EXCEEDED}) and the failure switches of {@code POST /berlingroup/switch?mode=…&pageSize=…&volume=…} (the checking account's transactions a year for consents made from then on). Errors
 * have the Berlin Group shape: {@code {"tppMessages":[{"category":"ERROR","code","text"}]}}.
 */
final class BerlinGroupApi {

    static final String PREFIX = "/berlingroup";
    static final int PAGE_SIZE = 100;
    static final int MAX_CONSENT_DAYS = 90;
    static final int MAX_VOLUME = 1_000_000;
    static final int RETRY_AFTER_SECONDS = 3_600;

    private final String base;
    private final LedgerCache ledgers;
    private final BerlinGroupConsents consents = new BerlinGroupConsents();
    private final DailyQuota quota = new DailyQuota();
    private volatile FailureMode mode = FailureMode.OK;
    private volatile int pageSize = PAGE_SIZE;

    /** The checking account's transactions a year of consents made without the volume header; 0: the usual year. */
    private volatile int defaultVolume;

    /** A request the API refuses: its status and Berlin Group code. */
    private static final class Refused extends Exception {
        final int status;
        final String code;

        Refused(int status, String code, String text) {
            super(text);
            this.status = status;
            this.code = code;
        }
    }

    /** {@code base} is where the API answers, {@code http://127.0.0.1:<port>/berlingroup}. */
    BerlinGroupApi(String base, LedgerCache ledgers) {
        this.base = base;
        this.ledgers = ledgers;
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange, exchange.getRequestURI().getPath().substring(PREFIX.length()));
            } catch (Refused e) {
                error(exchange, e.status, e.code, e.getMessage());
            } catch (Exchanges.Unreadable e) {
                error(exchange, 400, "FORMAT_ERROR", e.getMessage());
            } catch (RuntimeException e) {
                if (!Exchanges.answered(exchange)) {
                    error(exchange, 500, "INTERNAL_SERVER_ERROR", e.toString());
                }
            }
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException, Refused, Exchanges.Unreadable {
        String method = exchange.getRequestMethod();
        if (path.equals("/switch")) {
            if (method.equals("POST")) {
                switchMode(exchange);
            } else {
                Exchanges.text(exchange, 405, "POST /berlingroup/switch?mode=" + modes() + "[&pageSize=N]");
            }
        } else if (path.startsWith("/sca/") && path.indexOf('/', "/sca/".length()) < 0) {
            scaPage(exchange, path.substring("/sca/".length()));
        } else if (path.startsWith("/v1/")) {
            String requestId = Exchanges.header(exchange, "X-Request-ID");
            if (requestId == null || requestId.isBlank()) {
                throw new Refused(400, "FORMAT_ERROR", "X-Request-ID is missing");
            }
            if (!requestId.strip().matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")) {
                throw new Refused(400, "FORMAT_ERROR", "X-Request-ID is not a UUID");
            }
            exchange.getResponseHeaders().set("X-Request-ID", requestId.strip());
            v1(exchange, method, path.substring("/v1/".length()).split("/", -1));
        } else {
            throw new Refused(404, "RESOURCE_UNKNOWN", "No such resource");
        }
    }

    private void v1(HttpExchange exchange, String method, String[] at)
            throws IOException, Refused, Exchanges.Unreadable {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (at[0].equals("consents") && at.length == 1) {
            allow(method, "POST");
            newConsent(exchange, today);
        } else if (at[0].equals("consents") && at.length == 2) {
            BerlinGroupConsents.Consent consent = consent(at[1]);
            if (method.equals("DELETE")) {
                consents.terminate(consent);
                Exchanges.empty(exchange, 204);
            } else {
                allow(method, "GET");
                consentJson(exchange, consent, today);
            }
        } else if (at[0].equals("consents") && at.length == 3 && at[2].equals("status")) {
            allow(method, "GET");
            String status = consent(at[1]).status(today);
            Exchanges.json(
                    exchange,
                    200,
                    new JsonWriter()
                            .beginObject()
                            .field("consentStatus", status)
                            .endObject()
                            .toString());
        } else if (at[0].equals("accounts") && at.length <= 3) {
            allow(method, "GET");
            accounts(exchange, at, today);
        } else {
            throw new Refused(404, "RESOURCE_UNKNOWN", "No such resource");
        }
    }

    private void newConsent(HttpExchange exchange, LocalDate today) throws IOException, Refused, Exchanges.Unreadable {
        String redirect = Exchanges.header(exchange, "TPP-Redirect-URI");
        String nok = Exchanges.header(exchange, "TPP-Nok-Redirect-URI");
        if (redirect == null || redirect.isBlank()) {
            throw new Refused(400, "FORMAT_ERROR", "TPP-Redirect-URI is missing");
        }
        if (!GoCardlessApi.isLink(redirect.strip())) {
            throw new Refused(400, "FORMAT_ERROR", "TPP-Redirect-URI is not an http(s) link");
        }
        if (nok != null && !nok.isBlank() && !GoCardlessApi.isLink(nok.strip())) {
            throw new Refused(400, "FORMAT_ERROR", "TPP-Nok-Redirect-URI is not an http(s) link");
        }
        String volumeHeader = Exchanges.header(exchange, SandboxBank.VOLUME_HEADER);
        int volume = volumeHeader == null ? defaultVolume : volume(volumeHeader);
        Map<String, Object> body;
        Map<String, Object> access;
        Boolean recurring;
        Integer frequency;
        Boolean combined;
        String until;
        try {
            body = JsonReader.object(Exchanges.body(exchange));
            if (!(body.get("access") instanceof Map<?, ?> asked)) {
                throw new Refused(400, "FORMAT_ERROR", "access is missing or not an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) asked;
            access = typed;
            recurring = JsonReader.bool(body, "recurringIndicator");
            frequency = JsonReader.integer(body, "frequencyPerDay");
            combined = JsonReader.bool(body, "combinedServiceIndicator");
            until = JsonReader.string(body, "validUntil");
        } catch (JsonReader.Malformed e) {
            throw new Refused(400, "FORMAT_ERROR", "The body is not the consent's JSON: " + e.getMessage());
        }
        LocalDate validUntil;
        try {
            validUntil = LocalDate.parse(until == null ? "" : until);
        } catch (DateTimeParseException e) {
            throw new Refused(400, "FORMAT_ERROR", "validUntil must be a date, YYYY-MM-DD");
        }
        if (validUntil.isBefore(today)) {
            throw new Refused(400, "FORMAT_ERROR", "validUntil " + validUntil + " is in the past");
        }
        if (frequency != null && frequency < 1) {
            throw new Refused(400, "FORMAT_ERROR", "frequencyPerDay must be 1 or more");
        }
        LocalDate cap = today.plusDays(MAX_CONSENT_DAYS);
        BerlinGroupConsents.Consent consent = consents.ask(
                new BerlinGroupConsents.Request(
                        access,
                        recurring == null || recurring,
                        validUntil.isAfter(cap) ? cap : validUntil,
                        frequency == null ? 4 : frequency,
                        combined != null && combined,
                        redirect.strip(),
                        nok == null || nok.isBlank() ? null : nok.strip(),
                        volume),
                today);
        String self = PREFIX + "/v1/consents/" + consent.id;
        exchange.getResponseHeaders().set("Location", self);
        exchange.getResponseHeaders().set("ASPSP-SCA-Approach", "REDIRECT");
        Exchanges.json(
                exchange,
                201,
                new JsonWriter()
                        .beginObject()
                        .field("consentStatus", consent.status(today))
                        .field("consentId", consent.id)
                        .name("_links")
                        .beginObject()
                        .name("scaRedirect")
                        .beginObject()
                        .field("href", base + "/sca/" + consent.id)
                        .endObject()
                        .name("self")
                        .beginObject()
                        .field("href", self)
                        .endObject()
                        .name("status")
                        .beginObject()
                        .field("href", self + "/status")
                        .endObject()
                        .endObject()
                        .endObject()
                        .toString());
    }

    private static int volume(String header) throws Refused {
        if (header == null || header.isBlank()) {
            return 0;
        }
        try {
            int volume = Integer.parseInt(header.strip());
            if (volume >= 1 && volume <= MAX_VOLUME) {
                return volume;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refused(400, "FORMAT_ERROR", SandboxBank.VOLUME_HEADER + " must be a number from 1 to " + MAX_VOLUME);
    }

    private static void consentJson(HttpExchange exchange, BerlinGroupConsents.Consent consent, LocalDate today)
            throws IOException {
        BerlinGroupConsents.Request request = consent.request;
        String status = consent.status(today);
        Exchanges.json(
                exchange,
                200,
                new JsonWriter()
                        .beginObject()
                        .name("access")
                        .any(request.access())
                        .field("recurringIndicator", request.recurring())
                        .field("validUntil", consent.validUntil().toString())
                        .field("frequencyPerDay", request.frequencyPerDay())
                        .field("combinedServiceIndicator", request.combined())
                        .field("lastActionDate", consent.lastActionDate().toString())
                        .field("consentStatus", status)
                        .endObject()
                        .toString());
    }

    private BerlinGroupConsents.Consent consent(String id) throws Refused {
        return consents.consent(id)
                .orElseThrow(() -> new Refused(403, "CONSENT_UNKNOWN", "The consent " + id + " is unknown"));
    }

    private void accounts(HttpExchange exchange, String[] at, LocalDate today)
            throws IOException, Refused, Exchanges.Unreadable {
        String consentId = Exchanges.header(exchange, "Consent-ID");
        if (consentId == null || consentId.isBlank()) {
            throw new Refused(400, "FORMAT_ERROR", "Consent-ID is missing");
        }
        BerlinGroupConsents.Consent consent = consent(consentId.strip());
        BerlinGroupConsents.Account account = null;
        if (at.length >= 2) {
            account = consents.account(at[1])
                    .filter(a -> a.consent == consent)
                    .orElseThrow(() -> new Refused(404, "RESOURCE_UNKNOWN", "The consent covers no account " + at[1]));
            if (at.length == 3 && !at[2].equals("transactions") && !at[2].equals("balances")) {
                throw new Refused(404, "RESOURCE_UNKNOWN", "No such resource");
            }
        }
        FailureMode current = mode;
        if (current == FailureMode.SLOW) {
            Exchanges.slowly();
        }
        if (current == FailureMode.ERROR) {
            throw new Refused(500, "INTERNAL_SERVER_ERROR", "Internal error");
        }
        String status = consent.status(today);
        if (status.equals(BerlinGroupConsents.EXPIRED)) {
            throw new Refused(401, "CONSENT_EXPIRED", "The consent ended on " + consent.validUntil());
        }
        if (!status.equals(BerlinGroupConsents.VALID)) {
            throw new Refused(401, "CONSENT_INVALID", "The consent is " + status + ", not valid");
        }
        if (account == null) {
            JsonWriter json = new JsonWriter().beginObject().name("accounts").beginArray();
            consent.accounts().forEach(a -> account(json, a));
            Exchanges.json(exchange, 200, json.endArray().endObject().toString());
        } else if (at.length == 2) {
            JsonWriter json = new JsonWriter().beginObject().name("account");
            account(json, account);
            Exchanges.json(exchange, 200, json.endObject().toString());
        } else if (at[2].equals("balances")) {
            balances(exchange, account, today);
        } else {
            transactions(exchange, account, current, today);
        }
        consent.acted(today);
    }

    private static void account(JsonWriter json, BerlinGroupConsents.Account account) {
        json.beginObject()
                .field("resourceId", account.resourceId)
                .field("iban", account.iban)
                .field("currency", account.currency)
                .field("name", account.name)
                .field("product", "Girokonto")
                .field("cashAccountType", "CACC")
                .field("status", "enabled")
                .name("_links")
                .beginObject()
                .name("balances")
                .beginObject()
                .field("href", PREFIX + "/v1/accounts/" + account.resourceId + "/balances")
                .endObject()
                .name("transactions")
                .beginObject()
                .field("href", PREFIX + "/v1/accounts/" + account.resourceId + "/transactions")
                .endObject()
                .endObject()
                .endObject();
    }

    private static void balances(HttpExchange exchange, BerlinGroupConsents.Account account, LocalDate today)
            throws IOException {
        JsonWriter json = new JsonWriter().beginObject();
        reference(json, account);
        json.name("balances").beginArray();
        for (String type : List.of("closingBooked", "expected")) {
            json.beginObject()
                    .name("balanceAmount")
                    .beginObject()
                    .field("currency", account.currency)
                    .field("amount", "2500.00")
                    .endObject()
                    .field("balanceType", type)
                    .field("referenceDate", today.toString())
                    .endObject();
        }
        Exchanges.json(exchange, 200, json.endArray().endObject().toString());
    }

    private void transactions(
            HttpExchange exchange, BerlinGroupConsents.Account account, FailureMode current, LocalDate today)
            throws IOException, Refused, Exchanges.Unreadable {
        Map<String, String> query = Exchanges.query(exchange);
        String bookingStatus = query.get("bookingStatus");
        if (bookingStatus == null || bookingStatus.isBlank()) {
            throw new Refused(400, "FORMAT_ERROR", "bookingStatus is missing: booked, pending or both");
        }
        if (!List.of("booked", "pending", "both").contains(bookingStatus)) {
            throw new Refused(400, "PARAMETER_NOT_SUPPORTED", "bookingStatus " + bookingStatus + " is not supported");
        }
        LocalDate from = date(query, "dateFrom");
        LocalDate to = date(query, "dateTo");
        if (from == null && !bookingStatus.equals("pending")) {
            throw new Refused(400, "FORMAT_ERROR", "dateFrom is missing");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new Refused(400, "FORMAT_ERROR", "dateFrom is after dateTo");
        }
        int page = page(query.get("page"));
        String quotaKey = account.consent.id + ":" + account.resourceId;
        if (current == FailureMode.RATE_LIMITED
                || (current == FailureMode.STRICT
                        && page == 1
                        && !quota.spend(quotaKey, today, account.consent.request.frequencyPerDay()))) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            throw new Refused(
                    429,
                    "ACCESS_EXCEEDED",
                    "The consent's " + account.consent.request.frequencyPerDay()
                            + " reads a day of this account are used; try again tomorrow");
        }
        String body = transactionsJson(account, bookingStatus, from, to, page, today);
        Exchanges.json(exchange, 200, current == FailureMode.MALFORMED ? body.substring(0, body.length() / 2) : body);
    }

    private String transactionsJson(
            BerlinGroupConsents.Account account,
            String bookingStatus,
            LocalDate from,
            LocalDate to,
            int page,
            LocalDate today) {
        SandboxLedger.Account ledger =
                ledgers.year(account.consent.id, account.volume(), today).get(account.ledgerIndex);
        List<SandboxLedger.Transaction> selected = new ArrayList<>();
        for (boolean pending : new boolean[] {false, true}) {
            if (bookingStatus.equals(pending ? "booked" : "pending")) {
                continue;
            }
            for (SandboxLedger.Transaction tx : ledger.transactions()) {
                if (tx.pending() == pending
                        && (from == null || !tx.date().isBefore(from))
                        && (to == null || !tx.date().isAfter(to))) {
                    selected.add(tx);
                }
            }
        }
        int size = pageSize;
        long start = Math.min((long) (page - 1) * size, selected.size());
        int end = (int) Math.min(start + size, selected.size());
        List<SandboxLedger.Transaction> onPage = selected.subList((int) start, end);
        JsonWriter json = new JsonWriter(new StringBuilder(onPage.size() * 400 + 400)).beginObject();
        reference(json, account);
        json.name("transactions").beginObject();
        if (!bookingStatus.equals("pending")) {
            json.name("booked").beginArray();
            onPage.stream().filter(tx -> !tx.pending()).forEach(tx -> transaction(json, account, tx));
            json.endArray();
        }
        if (!bookingStatus.equals("booked")) {
            json.name("pending").beginArray();
            onPage.stream().filter(SandboxLedger.Transaction::pending).forEach(tx -> transaction(json, account, tx));
            json.endArray();
        }
        String self = PREFIX + "/v1/accounts/" + account.resourceId;
        json.name("_links")
                .beginObject()
                .name("account")
                .beginObject()
                .field("href", self)
                .endObject();
        if (end < selected.size()) {
            json.name("next")
                    .beginObject()
                    .field(
                            "href",
                            self + "/transactions?bookingStatus=" + bookingStatus
                                    + (from == null ? "" : "&dateFrom=" + from)
                                    + (to == null ? "" : "&dateTo=" + to) + "&page=" + (page + 1))
                    .endObject();
        }
        return json.endObject().endObject().endObject().toString();
    }

    private static void reference(JsonWriter json, BerlinGroupConsents.Account account) {
        json.name("account")
                .beginObject()
                .field("iban", account.iban)
                .field("currency", account.currency)
                .endObject();
    }

    private static void transaction(
            JsonWriter json, BerlinGroupConsents.Account account, SandboxLedger.Transaction tx) {
        json.beginObject().field("transactionId", tx.id());
        if (!tx.pending()) {
            json.field(
                            "entryReference",
                            UUID.nameUUIDFromBytes((account.iban + ":" + tx.id()).getBytes(StandardCharsets.UTF_8))
                                    .toString()
                                    .replace("-", "")
                                    .substring(0, 16)
                                    .toUpperCase(Locale.ROOT))
                    .field("bookingDate", tx.date().toString());
        }
        json.field("valueDate", tx.date().toString())
                .name("transactionAmount")
                .beginObject()
                .field("currency", account.currency)
                .field("amount", tx.amount())
                .endObject();
        if (!tx.pending()) {
            json.field(tx.amount().startsWith("-") ? "creditorName" : "debtorName", tx.description());
        }
        json.field("remittanceInformationUnstructured", tx.description()).endObject();
    }

    private static LocalDate date(Map<String, String> query, String name) throws Refused {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Refused(400, "FORMAT_ERROR", name + " must be a date, YYYY-MM-DD");
        }
    }

    private static int page(String value) throws Refused {
        if (value == null) {
            return 1;
        }
        if (value.strip().matches("\\d{1,7}") && Integer.parseInt(value.strip()) >= 1) {
            return Integer.parseInt(value.strip());
        }
        throw new Refused(400, "FORMAT_ERROR", "page must be a number from 1");
    }

    private void scaPage(HttpExchange exchange, String id) throws IOException, Exchanges.Unreadable {
        Optional<BerlinGroupConsents.Consent> found = consents.consent(id);
        if (found.isEmpty()) {
            Exchanges.html(exchange, 404, "Not found", ConsentPages.notOpen("This bank knows no such consent."));
            return;
        }
        BerlinGroupConsents.Consent consent = found.get();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String status = consent.status(today);
        String method = exchange.getRequestMethod();
        if (method.equals("GET")) {
            if (status.equals(BerlinGroupConsents.RECEIVED)) {
                Exchanges.html(
                        exchange,
                        200,
                        "Confirm Tributary's access",
                        ConsentPages.berlinGroup(consent.validUntil(), consent.request.redirect()));
            } else {
                Exchanges.html(exchange, 200, "Answered", ConsentPages.notOpen(answered(status)));
            }
            return;
        }
        if (!method.equals("POST")) {
            Exchanges.html(exchange, 405, "Not allowed", ConsentPages.notOpen("Open this page, or answer its form."));
            return;
        }
        Map<String, String> form = Exchanges.form(exchange);
        String decision = form.getOrDefault("decision", "");
        String days = form.getOrDefault("days", String.valueOf(MAX_CONSENT_DAYS));
        if (!decision.equals("approve") && !decision.equals("deny")) {
            Exchanges.html(
                    exchange, 400, "Choose an answer", ConsentPages.badDecision("The form sent \"" + decision + "\"."));
            return;
        }
        if (!days.matches("\\d{1,2}") || Integer.parseInt(days) < 1 || Integer.parseInt(days) > MAX_CONSENT_DAYS) {
            Exchanges.html(
                    exchange,
                    400,
                    "Choose how long",
                    ConsentPages.badDecision(
                            "Access is for 1 to " + MAX_CONSENT_DAYS + " days, not \"" + days + "\"."));
            return;
        }
        boolean done = decision.equals("approve")
                ? consents.approve(consent, today, Integer.parseInt(days))
                : consents.reject(consent);
        if (!done) {
            Exchanges.html(exchange, 409, "Answered", ConsentPages.notOpen(answered(status)));
            return;
        }
        BerlinGroupConsents.Request request = consent.request;
        Exchanges.redirect(
                exchange,
                decision.equals("deny") && request.nokRedirect() != null ? request.nokRedirect() : request.redirect());
    }

    private static String answered(String status) {
        return switch (status) {
            case BerlinGroupConsents.VALID -> "You approved this consent already.";
            case BerlinGroupConsents.REJECTED -> "You denied this consent.";
            case BerlinGroupConsents.EXPIRED -> "This consent has ended: connect again from Tributary.";
            default -> "This consent is no longer open.";
        };
    }

    private void switchMode(HttpExchange exchange) throws IOException, Exchanges.Unreadable {
        Map<String, String> query = Exchanges.query(exchange);
        String size = query.get("pageSize");
        if (size != null && !(size.matches("\\d{1,7}") && Integer.parseInt(size) >= 1)) {
            Exchanges.text(exchange, 400, "pageSize must be a number from 1");
            return;
        }
        String volume = query.get("volume");
        if (volume != null) {
            if (!(volume.matches("\\d{1,7}") && Integer.parseInt(volume) <= MAX_VOLUME)) {
                Exchanges.text(exchange, 400, "volume must be a number from 0 to " + MAX_VOLUME);
                return;
            }
            defaultVolume = Integer.parseInt(volume);
            if (size == null && !query.containsKey("mode")) {
                Exchanges.text(exchange, 200, "volume=" + defaultVolume);
                return;
            }
        }
        String requested = query.getOrDefault("mode", size == null ? "ok" : mode.switchName());
        Optional<FailureMode> chosen = FailureMode.of(requested);
        if (chosen.isEmpty() && !requested.equals("expire-consent")) {
            Exchanges.text(exchange, 400, "Unknown mode \"" + requested + "\": one of " + modes());
            return;
        }
        if (size != null) {
            pageSize = Integer.parseInt(size);
        }
        if (chosen.isEmpty()) {
            consents.expireAllNow(LocalDate.now(ZoneOffset.UTC));
            mode = FailureMode.OK;
            Exchanges.text(
                    exchange,
                    200,
                    "mode=ok (expire-consent done: every valid consent has expired) pageSize=" + pageSize);
            return;
        }
        mode = chosen.get();
        Exchanges.text(exchange, 200, "mode=" + mode.switchName() + " pageSize=" + pageSize);
    }

    private static String modes() {
        return "ok|500|slow|429|malformed|expire-consent|strict";
    }

    private static void allow(String method, String allowed) throws Refused {
        if (!method.equals(allowed)) {
            throw new Refused(405, "SERVICE_INVALID", method + " is not allowed here");
        }
    }

    private static void error(HttpExchange exchange, int status, String code, String text) throws IOException {
        Exchanges.json(
                exchange,
                status,
                new JsonWriter()
                        .beginObject()
                        .name("tppMessages")
                        .beginArray()
                        .beginObject()
                        .field("category", "ERROR")
                        .field("code", code)
                        .field("text", text)
                        .endObject()
                        .endArray()
                        .endObject()
                        .toString());
    }
}
