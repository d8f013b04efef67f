package org.tributary.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * GoCardless Bank Account Data (formerly Nordigen) under {@code /gocardless}, as its API reference describes it and
 * the contract {@code /work/notes/sandbox-spec.md} fixes: tokens, institutions, end-user agreements, requisitions
 * with a consent link ({@code /gocardless/consent/{id}}, a plain form), accounts with details, balances and booked
 * and pending transactions, an agreement's end, the daily limit, and the failure switches of
 * {@code POST /gocardless/switch?mode=}. Errors have GoCardless's shape: {@code {"summary","detail","status_code"}}.
 */
final class GoCardlessApi {

    static final String PREFIX = "/gocardless";
    static final int DAILY_TRANSACTION_CALLS = 4;
    static final int RATE_LIMIT_RESET_SECONDS = 3_600;

    private final String base;
    private final LedgerCache ledgers;
    private final GoCardlessTokens tokens = new GoCardlessTokens();
    private final GoCardlessConsents consents = new GoCardlessConsents();
    private final DailyQuota quota = new DailyQuota();
    private volatile FailureMode mode = FailureMode.OK;

    /** {@code base} is where the API answers, {@code http://127.0.0.1:<port>/gocardless}. */
    GoCardlessApi(String base, LedgerCache ledgers) {
        this.base = base;
        this.ledgers = ledgers;
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange, exchange.getRequestURI().getPath().substring(PREFIX.length()));
            } catch (Exchanges.Unreadable e) {
                error(exchange, 400, "Invalid request", e.getMessage());
            } catch (RuntimeException e) {
                if (!Exchanges.answered(exchange)) {
                    error(exchange, 500, "Internal error", e.toString());
                }
            }
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException, Exchanges.Unreadable {
        String method = exchange.getRequestMethod();
        if (path.equals("/switch")) {
            if (method.equals("POST")) {
                switchMode(exchange);
            } else {
                Exchanges.text(exchange, 405, "POST /gocardless/switch?mode=" + modes());
            }
        } else if (path.startsWith("/consent/") && path.indexOf('/', "/consent/".length()) < 0) {
            consentPage(exchange, path.substring("/consent/".length()));
        } else if (path.startsWith("/api/v2/") && path.endsWith("/")) {
            api(
                    exchange,
                    method,
                    path.substring("/api/v2/".length(), path.length() - 1).split("/"));
        } else {
            notFound(exchange);
        }
    }

    private void api(HttpExchange exchange, String method, String[] at) throws IOException, Exchanges.Unreadable {
        Instant now = Instant.now();
        if (at.length == 2 && at[0].equals("token")) {
            if (!method.equals("POST")) {
                methodNotAllowed(exchange, method);
            } else if (at[1].equals("new")) {
                newToken(exchange, now);
            } else if (at[1].equals("refresh")) {
                refreshToken(exchange, now);
            } else {
                notFound(exchange);
            }
            return;
        }
        if (!authorised(exchange, now)) {
            error(exchange, 401, "Invalid token", "Token is invalid or expired");
            return;
        }
        String resource = at[0] + "/" + at.length;
        switch (resource) {
            case "institutions/1" -> {
                if (allow(exchange, method, "GET")) {
                    institutions(exchange);
                }
            }
            case "institutions/2" -> {
                if (allow(exchange, method, "GET")) {
                    institution(exchange, at[1]);
                }
            }
            case "agreements/2" -> {
                if (at[1].equals("enduser") && allow(exchange, method, "POST")) {
                    newAgreement(exchange, now);
                } else if (!at[1].equals("enduser")) {
                    notFound(exchange);
                }
            }
            case "agreements/3" -> {
                if (at[1].equals("enduser") && allow(exchange, method, "GET")) {
                    agreement(exchange, at[2]);
                } else if (!at[1].equals("enduser")) {
                    notFound(exchange);
                }
            }
            case "requisitions/1" -> {
                if (allow(exchange, method, "POST")) {
                    newRequisition(exchange, now);
                }
            }
            case "requisitions/2" -> requisition(exchange, method, at[1], now);
            case "accounts/2", "accounts/3" -> {
                if (allow(exchange, method, "GET")) {
                    account(exchange, at[1], at.length == 3 ? at[2] : "", now);
                }
            }
            default -> notFound(exchange);
        }
    }

    private void newToken(HttpExchange exchange, Instant now) throws IOException, Exchanges.Unreadable {
        Optional<Map<String, Object>> body = body(exchange);
        if (body.isEmpty()) {
            return;
        }
        String id = text(exchange, body.get(), "secret_id", true);
        String key = id == null ? null : text(exchange, body.get(), "secret_key", true);
        if (key == null) {
            return;
        }
        if (!id.equals(SandboxBank.GOCARDLESS_SECRET_ID) || !key.equals(SandboxBank.GOCARDLESS_SECRET_KEY)) {
            error(exchange, 401, "Authentication failed", "No active account found with the given credentials");
            return;
        }
        GoCardlessTokens.Pair pair = tokens.issue(now);
        Exchanges.json(
                exchange,
                200,
                new JsonWriter()
                        .beginObject()
                        .field("access", pair.access())
                        .field("access_expires", GoCardlessTokens.ACCESS.toSeconds())
                        .field("refresh", pair.refresh())
                        .field("refresh_expires", GoCardlessTokens.REFRESH.toSeconds())
                        .endObject()
                        .toString());
    }

    private void refreshToken(HttpExchange exchange, Instant now) throws IOException, Exchanges.Unreadable {
        Optional<Map<String, Object>> body = body(exchange);
        if (body.isEmpty()) {
            return;
        }
        String refresh = text(exchange, body.get(), "refresh", true);
        if (refresh == null) {
            return;
        }
        String access = tokens.refresh(refresh, now);
        if (access == null) {
            error(exchange, 401, "Invalid token", "Token is invalid or expired");
            return;
        }
        Exchanges.json(
                exchange,
                200,
                new JsonWriter()
                        .beginObject()
                        .field("access", access)
                        .field("access_expires", GoCardlessTokens.ACCESS.toSeconds())
                        .endObject()
                        .toString());
    }

    private boolean authorised(HttpExchange exchange, Instant now) {
        String header = Exchanges.header(exchange, "Authorization");
        return header != null
                && header.startsWith("Bearer ")
                && tokens.valid(header.substring(7).strip(), now);
    }

    private void institutions(HttpExchange exchange) throws IOException, Exchanges.Unreadable {
        JsonWriter json = new JsonWriter().beginArray();
        GoCardlessInstitution.of(Exchanges.query(exchange).get("country")).forEach(i -> i.write(json));
        Exchanges.json(exchange, 200, json.endArray().toString());
    }

    private void institution(HttpExchange exchange, String id) throws IOException {
        Optional<GoCardlessInstitution> institution = GoCardlessInstitution.find(id);
        if (institution.isEmpty()) {
            notFound(exchange);
            return;
        }
        JsonWriter json = new JsonWriter();
        institution.get().write(json);
        Exchanges.json(exchange, 200, json.toString());
    }

    private void newAgreement(HttpExchange exchange, Instant now) throws IOException, Exchanges.Unreadable {
        Optional<Map<String, Object>> read = body(exchange);
        if (read.isEmpty()) {
            return;
        }
        Map<String, Object> body = read.get();
        String institutionId = text(exchange, body, "institution_id", true);
        if (institutionId == null) {
            return;
        }
        Optional<GoCardlessInstitution> institution = GoCardlessInstitution.find(institutionId);
        if (institution.isEmpty()) {
            unknownInstitution(exchange, institutionId);
            return;
        }
        int maxAccess = institution.get().maxAccessDays();
        Integer history;
        Integer access;
        List<String> scope;
        try {
            history = JsonReader.integer(body, "max_historical_days");
            access = JsonReader.integer(body, "access_valid_for_days");
            scope = JsonReader.strings(body, "access_scope");
        } catch (JsonReader.Malformed e) {
            error(exchange, 400, "Invalid request", e.getMessage());
            return;
        }
        history = history == null ? 90 : history;
        access = access == null ? Math.min(90, maxAccess) : access;
        scope = scope == null ? GoCardlessConsents.SCOPES : scope;
        int totalDays = GoCardlessInstitution.TRANSACTION_TOTAL_DAYS;
        if (history <= 0 || history > totalDays) {
            error(
                    exchange,
                    400,
                    "Incorrect max_historical_days",
                    "max_historical_days must be > 0 and <= " + totalDays);
        } else if (access <= 0 || access > maxAccess) {
            error(
                    exchange,
                    400,
                    "Incorrect access_valid_for_days",
                    "access_valid_for_days must be > 0 and <= " + maxAccess);
        } else if (scope.isEmpty() || !GoCardlessConsents.SCOPES.containsAll(scope)) {
            error(
                    exchange,
                    400,
                    "Incorrect access_scope",
                    "access_scope must be one or more of " + String.join(", ", GoCardlessConsents.SCOPES));
        } else {
            GoCardlessConsents.Agreement agreement = consents.agree(
                    now,
                    institution.get(),
                    history,
                    access,
                    scope.stream().distinct().toList());
            Exchanges.json(exchange, 201, agreementJson(agreement));
        }
    }

    private void agreement(HttpExchange exchange, String id) throws IOException {
        Optional<GoCardlessConsents.Agreement> agreement = consents.agreement(id);
        if (agreement.isEmpty()) {
            notFound(exchange);
        } else {
            Exchanges.json(exchange, 200, agreementJson(agreement.get()));
        }
    }

    private static String agreementJson(GoCardlessConsents.Agreement agreement) {
        Instant accepted = agreement.accepted();
        return new JsonWriter()
                .beginObject()
                .field("id", agreement.id)
                .field("created", timestamp(agreement.created))
                .field("institution_id", agreement.institution.id())
                .field("max_historical_days", agreement.maxHistoricalDays)
                .field("access_valid_for_days", agreement.accessDays)
                .field("access_scope", agreement.scope)
                .name("accepted")
                .value(accepted == null ? null : timestamp(accepted))
                .endObject()
                .toString();
    }

    private void newRequisition(HttpExchange exchange, Instant now) throws IOException, Exchanges.Unreadable {
        Optional<Map<String, Object>> read = body(exchange);
        if (read.isEmpty()) {
            return;
        }
        Map<String, Object> body = read.get();
        String redirect = text(exchange, body, "redirect", true);
        String institutionId = redirect == null ? null : text(exchange, body, "institution_id", true);
        if (institutionId == null) {
            return;
        }
        String agreementId;
        String reference;
        String language;
        try {
            agreementId = JsonReader.string(body, "agreement");
            reference = JsonReader.string(body, "reference");
            language = JsonReader.string(body, "user_language");
        } catch (JsonReader.Malformed e) {
            error(exchange, 400, "Invalid request", e.getMessage());
            return;
        }
        if (!isLink(redirect)) {
            fieldError(exchange, "redirect", "Enter a valid URL.", "Enter a valid URL.");
            return;
        }
        Optional<GoCardlessInstitution> institution = GoCardlessInstitution.find(institutionId);
        if (institution.isEmpty()) {
            unknownInstitution(exchange, institutionId);
            return;
        }
        GoCardlessConsents.Agreement agreement;
        if (agreementId == null || agreementId.isBlank()) {
            agreement = consents.agree(
                    now,
                    institution.get(),
                    90,
                    Math.min(90, institution.get().maxAccessDays()),
                    GoCardlessConsents.SCOPES);
        } else {
            Optional<GoCardlessConsents.Agreement> found = consents.agreement(agreementId);
            if (found.isEmpty()) {
                fieldError(
                        exchange, "agreement", "Invalid agreement", "End user agreement " + agreementId + " not found");
                return;
            }
            agreement = found.get();
            if (!agreement.institution.equals(institution.get())) {
                error(
                        exchange,
                        400,
                        "Incorrect Institution ID " + institutionId,
                        "Provided Institution ID: '" + institutionId + "' for requisition does not match EUA"
                                + " institution ID '" + agreement.institution.id()
                                + "'. Please provide correct institution ID: '" + agreement.institution.id() + "'");
                return;
            }
        }
        String ref =
                reference == null || reference.isBlank() ? UUID.randomUUID().toString() : reference;
        String lang =
                language == null || language.isBlank() ? "EN" : language.strip().toUpperCase(Locale.ROOT);
        Optional<GoCardlessConsents.Requisition> requisition =
                consents.require(now, redirect, institution.get(), agreement, ref, lang);
        if (requisition.isEmpty()) {
            fieldError(
                    exchange,
                    "reference",
                    "Client reference must be unique",
                    "Client reference '" + ref + "' already exists");
            return;
        }
        Exchanges.json(exchange, 201, requisitionJson(requisition.get(), now));
    }

    private void requisition(HttpExchange exchange, String method, String id, Instant now) throws IOException {
        Optional<GoCardlessConsents.Requisition> requisition = consents.requisition(id);
        if (!method.equals("GET") && !method.equals("DELETE")) {
            methodNotAllowed(exchange, method);
        } else if (requisition.isEmpty()) {
            notFound(exchange);
        } else if (method.equals("GET")) {
            Exchanges.json(exchange, 200, requisitionJson(requisition.get(), now));
        } else {
            consents.delete(requisition.get());
            error(
                    exchange,
                    200,
                    "Requisition deleted",
                    "Requisition " + id + " deleted with all its End User Agreements");
        }
    }

    private String requisitionJson(GoCardlessConsents.Requisition requisition, Instant now) {
        JsonWriter json = new JsonWriter()
                .beginObject()
                .field("id", requisition.id)
                .field("created", timestamp(requisition.created))
                .field("redirect", requisition.redirect)
                .field("status", requisition.status(now))
                .field("institution_id", requisition.institution.id())
                .field("agreement", requisition.agreement.id)
                .field("reference", requisition.reference)
                .name("accounts")
                .beginArray();
        requisition.accounts().forEach(a -> json.value(a.id));
        return json.endArray()
                .field("user_language", requisition.userLanguage)
                .field("link", base + "/consent/" + requisition.id)
                .nullField("ssn")
                .field("account_selection", false)
                .field("redirect_immediate", false)
                .endObject()
                .toString();
    }

    private void consentPage(HttpExchange exchange, String id) throws IOException, Exchanges.Unreadable {
        String method = exchange.getRequestMethod();
        Optional<GoCardlessConsents.Requisition> found = consents.requisition(id);
        if (found.isEmpty()) {
            Exchanges.html(exchange, 404, "Not found", ConsentPages.notOpen("This bank knows no such request."));
            return;
        }
        GoCardlessConsents.Requisition requisition = found.get();
        String status = requisition.status(Instant.now());
        if (method.equals("GET")) {
            if (status.equals(GoCardlessConsents.CREATED)) {
                Exchanges.html(
                        exchange,
                        200,
                        "Connect " + requisition.institution.name(),
                        ConsentPages.goCardless(
                                requisition.institution.name(),
                                requisition.agreement.accessDays,
                                requisition.agreement.maxHistoricalDays,
                                requisition.redirect));
            } else {
                Exchanges.html(exchange, 200, "Answered", ConsentPages.notOpen(answered(status)));
            }
            return;
        }
        if (!method.equals("POST")) {
            Exchanges.html(exchange, 405, "Not allowed", ConsentPages.notOpen("Open this page, or answer its form."));
            return;
        }
        String decision = Exchanges.form(exchange).getOrDefault("decision", "");
        boolean done;
        String location;
        if (decision.equals("approve")) {
            done = consents.approve(requisition, Instant.now());
            location = withQuery(requisition.redirect, "ref=" + encode(requisition.reference));
        } else if (decision.equals("deny")) {
            done = consents.deny(requisition);
            location = withQuery(
                    requisition.redirect,
                    "ref=" + encode(requisition.reference)
                            + "&error=UserCancelledSession&details=User+cancelled+the+session");
        } else {
            Exchanges.html(
                    exchange, 400, "Choose an answer", ConsentPages.badDecision("The form sent \"" + decision + "\"."));
            return;
        }
        if (!done) {
            Exchanges.html(exchange, 409, "Answered", ConsentPages.notOpen(answered(status)));
            return;
        }
        Exchanges.redirect(exchange, location);
    }

    private static String answered(String status) {
        return switch (status) {
            case GoCardlessConsents.LINKED -> "You approved this request already.";
            case GoCardlessConsents.REJECTED -> "You denied this request.";
            case GoCardlessConsents.EXPIRED -> "This consent has ended: connect again from Tributary.";
            default -> "This request is no longer open.";
        };
    }

    private void account(HttpExchange exchange, String id, String part, Instant now)
            throws IOException, Exchanges.Unreadable {
        if (!List.of("", "details", "balances", "transactions").contains(part)) {
            notFound(exchange);
            return;
        }
        Optional<GoCardlessConsents.Account> found = consents.account(id);
        if (found.isEmpty()) {
            error(exchange, 404, "Not found.", "Account ID " + id + " not found");
            return;
        }
        GoCardlessConsents.Account account = found.get();
        FailureMode current = mode;
        if (current == FailureMode.SLOW) {
            Exchanges.slowly();
        }
        if (current == FailureMode.ERROR) {
            Exchanges.json(
                    exchange,
                    500,
                    new JsonWriter()
                            .beginObject()
                            .field("summary", "Internal error")
                            .field("status_code", 500)
                            .endObject()
                            .toString());
            return;
        }
        GoCardlessConsents.Agreement agreement = account.requisition.agreement;
        if (agreement.expired(now)) {
            error(
                    exchange,
                    400,
                    "End User Agreement (EUA) " + agreement.id + " has expired",
                    "EUA was valid for " + agreement.accessDays + " days and it expired at "
                            + timestamp(agreement.expiresAt())
                            + ". The end user must connect the account once more with new EUA and Requisition");
            return;
        }
        String scope = part.isEmpty() ? "details" : part;
        if (!agreement.scope.contains(scope)) {
            error(
                    exchange,
                    403,
                    "Insufficient access scope",
                    "End User Agreement (EUA) " + agreement.id + " does not give access to " + scope);
            return;
        }
        switch (part) {
            case "" -> metadata(exchange, account);
            case "details" -> details(exchange, account);
            case "balances" -> balances(exchange, account);
            default -> transactions(exchange, account, current, now);
        }
        account.accessed(now);
    }

    private void metadata(HttpExchange exchange, GoCardlessConsents.Account account) throws IOException {
        Instant last = account.lastAccessed();
        Exchanges.json(
                exchange,
                200,
                new JsonWriter()
                        .beginObject()
                        .field("id", account.id)
                        .field("created", timestamp(account.created))
                        .name("last_accessed")
                        .value(last == null ? null : timestamp(last))
                        .field("iban", account.iban)
                        .field("institution_id", account.requisition.institution.id())
                        .field("status", "READY")
                        .field("owner_name", SandboxBank.OWNER_NAME)
                        .endObject()
                        .toString());
    }

    private static void details(HttpExchange exchange, GoCardlessConsents.Account account) throws IOException {
        Exchanges.json(
                exchange,
                200,
                new JsonWriter()
                        .beginObject()
                        .name("account")
                        .beginObject()
                        .field("resourceId", account.id)
                        .field("iban", account.iban)
                        .field("currency", account.currency)
                        .field("ownerName", SandboxBank.OWNER_NAME)
                        .field("name", account.name)
                        .field("product", "Current account")
                        .field("cashAccountType", "CACC")
                        .endObject()
                        .endObject()
                        .toString());
    }

    private static void balances(HttpExchange exchange, GoCardlessConsents.Account account) throws IOException {
        JsonWriter json = new JsonWriter().beginObject().name("balances").beginArray();
        for (String type : List.of("closingBooked", "interimAvailable")) {
            json.beginObject()
                    .name("balanceAmount")
                    .beginObject()
                    .field("amount", "2500.00")
                    .field("currency", account.currency)
                    .endObject()
                    .field("balanceType", type)
                    .field("referenceDate", LocalDate.now(ZoneOffset.UTC).toString())
                    .endObject();
        }
        Exchanges.json(exchange, 200, json.endArray().endObject().toString());
    }

    private void transactions(
            HttpExchange exchange, GoCardlessConsents.Account account, FailureMode current, Instant now)
            throws IOException, Exchanges.Unreadable {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, String> query = Exchanges.query(exchange);
        LocalDate earliest = today.minusDays(
                Math.min(account.requisition.agreement.maxHistoricalDays, GoCardlessInstitution.TRANSACTION_TOTAL_DAYS)
                        - 1L);
        LocalDate from;
        LocalDate to;
        try {
            from = query.containsKey("date_from") ? LocalDate.parse(query.get("date_from")) : earliest;
            to = query.containsKey("date_to") ? LocalDate.parse(query.get("date_to")) : today;
        } catch (DateTimeParseException e) {
            error(exchange, 400, "Invalid date", "date_from and date_to are dates: YYYY-MM-DD");
            return;
        }
        if (from.isAfter(to)) {
            error(
                    exchange,
                    400,
                    "Incorrect date range",
                    "Starting date '" + from + "' is greater than end date '" + to + "'");
            return;
        }
        if (current == FailureMode.RATE_LIMITED
                || (current == FailureMode.STRICT && !quota.spend(account.id, today, DAILY_TRANSACTION_CALLS))) {
            rateLimited(exchange);
            return;
        }
        String body = transactionsJson(account, from.isBefore(earliest) ? earliest : from, to, today, now);
        if (current == FailureMode.STRICT) {
            rateLimitHeaders(exchange, quota.remaining(account.id, today, DAILY_TRANSACTION_CALLS));
        }
        Exchanges.json(exchange, 200, current == FailureMode.MALFORMED ? body.substring(0, body.length() / 2) : body);
    }

    private String transactionsJson(
            GoCardlessConsents.Account account, LocalDate from, LocalDate to, LocalDate today, Instant now) {
        SandboxLedger.Account ledger =
                ledgers.year(account.ledgerKey(), account.volume(), today).get(account.ledgerIndex);
        JsonWriter json = new JsonWriter(new StringBuilder(ledger.transactions().size() * 400 + 100)).beginObject();
        json.name("transactions").beginObject();
        for (boolean pending : new boolean[] {false, true}) {
            json.name(pending ? "pending" : "booked").beginArray();
            for (SandboxLedger.Transaction tx : ledger.transactions()) {
                if (tx.pending() == pending
                        && !tx.date().isBefore(from)
                        && !tx.date().isAfter(to)) {
                    transaction(json, account, ledger.currency(), tx);
                }
            }
            json.endArray();
        }
        return json.endObject()
                .field("last_updated", timestamp(now))
                .endObject()
                .toString();
    }

    private static void transaction(
            JsonWriter json, GoCardlessConsents.Account account, String currency, SandboxLedger.Transaction tx) {
        json.beginObject().field("transactionId", tx.id());
        if (!tx.pending()) {
            json.field(
                            "internalTransactionId",
                            UUID.nameUUIDFromBytes((account.id + ":" + tx.id()).getBytes(StandardCharsets.UTF_8))
                                    .toString()
                                    .replace("-", ""))
                    .field("bookingDate", tx.date().toString());
        }
        json.field("valueDate", tx.date().toString())
                .name("transactionAmount")
                .beginObject()
                .field("amount", tx.amount())
                .field("currency", currency)
                .endObject();
        if (!tx.pending()) {
            json.field(tx.amount().startsWith("-") ? "creditorName" : "debtorName", tx.description());
        }
        json.field("remittanceInformationUnstructured", tx.description());
        if (!tx.pending()) {
            json.field("bankTransactionCode", "PMNT");
        }
        json.endObject();
    }

    private static void rateLimited(HttpExchange exchange) throws IOException {
        rateLimitHeaders(exchange, 0);
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(RATE_LIMIT_RESET_SECONDS));
        error(
                exchange,
                429,
                "Rate limit exceeded",
                "The rate limit for this resource is " + DAILY_TRANSACTION_CALLS + "/day. Please try again in "
                        + RATE_LIMIT_RESET_SECONDS + " seconds");
    }

    private static void rateLimitHeaders(HttpExchange exchange, int remaining) {
        exchange.getResponseHeaders()
                .set("HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_LIMIT", String.valueOf(DAILY_TRANSACTION_CALLS));
        exchange.getResponseHeaders().set("HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_REMAINING", String.valueOf(remaining));
        exchange.getResponseHeaders()
                .set("HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_RESET", String.valueOf(RATE_LIMIT_RESET_SECONDS));
    }

    private void switchMode(HttpExchange exchange) throws IOException, Exchanges.Unreadable {
        String requested = Exchanges.query(exchange).getOrDefault("mode", "ok");
        if (requested.equals("expired-token")) {
            tokens.expireAccessTokens();
            mode = FailureMode.OK;
            Exchanges.text(exchange, 200, "mode=ok (expired-token done: every access token issued so far is invalid)");
            return;
        }
        if (requested.equals("expire-consent")) {
            consents.endAllNow(Instant.now());
            mode = FailureMode.OK;
            Exchanges.text(exchange, 200, "mode=ok (expire-consent done: every accepted agreement has ended)");
            return;
        }
        Optional<FailureMode> chosen = FailureMode.of(requested);
        if (chosen.isEmpty()) {
            Exchanges.text(exchange, 400, "Unknown mode \"" + requested + "\": one of " + modes());
            return;
        }
        mode = chosen.get();
        Exchanges.text(exchange, 200, "mode=" + mode.switchName());
    }

    private static String modes() {
        return "ok|500|slow|429|malformed|expired-token|expire-consent|strict";
    }

    /** The request's JSON object, or empty once a 400 has answered a body that is not one. */
    private static Optional<Map<String, Object>> body(HttpExchange exchange) throws IOException, Exchanges.Unreadable {
        try {
            return Optional.of(JsonReader.object(Exchanges.body(exchange)));
        } catch (JsonReader.Malformed e) {
            error(exchange, 400, "Invalid request", "JSON parse error - " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A string member; null once a 400 has answered it missing (when required) or not a string. */
    private static String text(HttpExchange exchange, Map<String, Object> body, String name, boolean required)
            throws IOException {
        Object value = body.get(name);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        if (value == null || value instanceof String) {
            if (required) {
                fieldError(exchange, name, "This field is required.", "This field is required.");
            }
            return null;
        }
        fieldError(exchange, name, "Not a valid string.", "Not a valid string.");
        return null;
    }

    private static boolean allow(HttpExchange exchange, String method, String allowed) throws IOException {
        if (method.equals(allowed)) {
            return true;
        }
        methodNotAllowed(exchange, method);
        return false;
    }

    private static void unknownInstitution(HttpExchange exchange, String id) throws IOException {
        error(
                exchange,
                400,
                "Unknown Institution ID " + id,
                "Get Institution IDs from /institutions/?country={$COUNTRY_CODE}");
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        error(exchange, 404, "Not found.", "Not found.");
    }

    private static void methodNotAllowed(HttpExchange exchange, String method) throws IOException {
        error(exchange, 405, "Method Not Allowed", "Method \"" + method + "\" not allowed.");
    }

    private static void error(HttpExchange exchange, int status, String summary, String detail) throws IOException {
        Exchanges.json(
                exchange,
                status,
                new JsonWriter()
                        .beginObject()
                        .field("summary", summary)
                        .field("detail", detail)
                        .field("status_code", status)
                        .endObject()
                        .toString());
    }

    /** A field's error, as GoCardless answers a request whose field is wrong. */
    private static void fieldError(HttpExchange exchange, String field, String summary, String detail)
            throws IOException {
        Exchanges.json(
                exchange,
                400,
                new JsonWriter()
                        .beginObject()
                        .name(field)
                        .beginObject()
                        .field("summary", summary)
                        .field("detail", detail)
                        .endObject()
                        .field("status_code", 400)
                        .endObject()
                        .toString());
    }

    /** An absolute http(s) link with a host (any name: "tributary_app" too), safe in a Location header. */
    static boolean isLink(String link) {
        if (link.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return uri.isAbsolute()
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getRawAuthority() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The link with {@code parameters} added to its query, before any fragment. */
    static String withQuery(String link, String parameters) {
        int hash = link.indexOf('#');
        String head = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? "" : link.substring(hash);
        String separator = head.contains("?") ? (head.endsWith("?") || head.endsWith("&") ? "" : "&") : "?";
        return head + separator + parameters + fragment;
    }

    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
