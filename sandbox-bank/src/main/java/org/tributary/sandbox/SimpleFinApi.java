package org.tributary.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SimpleFIN protocol under {@code /simplefin/}: a page that makes setup tokens (a plain form, no JavaScript), the
 * claim, and the Account Set of {@link SandboxLedger}. Failure switches: {@code POST
 * /simplefin/switch?mode=ok|500|slow|429|malformed|refuse}. Connections live in memory: after a restart of the
 * sandbox the connections made before are refused, as a revoked access is.
 */
final class SimpleFinApi {

    static final String PREFIX = "/simplefin/";

    private final String base;
    private final Map<String, String> unclaimed = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private volatile String mode = "ok";

    /** {@code base} is where the protocol answers, {@code http://127.0.0.1:<port>/simplefin/}. */
    SimpleFinApi(String base) {
        this.base = base;
    }

    String tokenPage() {
        return base + "create";
    }

    String newSetupToken() {
        String id = hex(12);
        unclaimed.put(id, hex(16));
        return Base64.getEncoder().encodeToString((base + "claim/" + id).getBytes(StandardCharsets.UTF_8));
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String method = exchange.getRequestMethod();
            if (path.equals("create") && method.equals("GET")) {
                html(
                        exchange,
                        200,
                        "<form method=\"post\"><p>Sandbox Bank connects through SimpleFIN. Make a setup token,"
                                + " then paste it into Tributary's \"Connect a bank\".</p>"
                                + "<button type=\"submit\">Make a setup token</button></form>");
            } else if (path.equals("create") && method.equals("POST")) {
                html(
                        exchange,
                        200,
                        "<p>Your setup token (it works once):</p><p><label for=\"token\">Setup token</label><br>"
                                + "<textarea id=\"token\" readonly rows=\"4\" cols=\"70\">" + newSetupToken()
                                + "</textarea></p>"
                                + "<p><a href=\"create\">Make another</a></p>");
            } else if (path.startsWith("claim/") && method.equals("POST")) {
                claim(exchange, path.substring("claim/".length()));
            } else if (path.startsWith("access/") && path.endsWith("/accounts") && method.equals("GET")) {
                accounts(exchange, path.substring("access/".length(), path.length() - "/accounts".length()));
            } else if (path.equals("switch") && method.equals("POST")) {
                String query = exchange.getRequestURI().getQuery();
                mode = query != null && query.startsWith("mode=") ? query.substring(5) : "ok";
                Exchanges.text(exchange, 200, "mode=" + mode);
            } else {
                Exchanges.text(exchange, 404, "Not found");
            }
        }
    }

    private void claim(HttpExchange exchange, String id) throws IOException {
        String password = unclaimed.remove(id);
        if (password == null) {
            Exchanges.text(exchange, 403, "Token already claimed or unknown");
            return;
        }
        passwords.put(id, password);
        Exchanges.text(exchange, 200, base.replace("http://", "http://" + id + ":" + password + "@") + "access/" + id);
    }

    private void accounts(HttpExchange exchange, String id) throws IOException {
        String expected = passwords.get(id);
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        String basic = expected == null
                ? null
                : "Basic " + Base64.getEncoder().encodeToString((id + ":" + expected).getBytes(StandardCharsets.UTF_8));
        if (basic == null || !basic.equals(given) || mode.equals("refuse")) {
            Exchanges.text(exchange, 403, "Forbidden");
            return;
        }
        switch (mode) {
            case "500" -> Exchanges.text(exchange, 500, "Internal error");
            case "429" -> {
                exchange.getResponseHeaders().add("Retry-After", "60");
                Exchanges.text(exchange, 429, "Too many requests");
            }
            case "malformed" -> json(exchange, "{\"accounts\": [ {\"id\": ");
            case "slow" -> {
                Exchanges.slowly();
                json(exchange, accountSet(id, LocalDate.now(ZoneOffset.UTC), since(exchange)));
            }
            default -> json(exchange, accountSet(id, LocalDate.now(ZoneOffset.UTC), since(exchange)));
        }
    }

    private static LocalDate since(HttpExchange exchange) {
        String query = exchange.getRequestURI().getQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("start-date=")) {
                    long epoch = Long.parseLong(URLDecoder.decode(pair.substring(11), StandardCharsets.UTF_8));
                    return LocalDate.ofEpochDay(Math.floorDiv(epoch, 86_400));
                }
            }
        }
        return LocalDate.MIN;
    }

    static String accountSet(String key, LocalDate today, LocalDate since) {
        StringBuilder json = new StringBuilder("{\"errors\":[],\"accounts\":[");
        List<SandboxLedger.Account> accounts = new SandboxLedger(key).accounts(today, since);
        for (int a = 0; a < accounts.size(); a++) {
            SandboxLedger.Account account = accounts.get(a);
            json.append(a == 0 ? "" : ",")
                    .append("{\"org\":{\"domain\":\"sandbox-bank.example\",\"name\":\"Sandbox Bank\",")
                    .append("\"sfin-url\":\"https://sandbox-bank.example/simplefin\"},\"id\":\"")
                    .append(account.id())
                    .append("\",\"name\":\"")
                    .append(account.name())
                    .append("\",\"currency\":\"")
                    .append(account.currency())
                    .append("\",\"balance\":\"2500.00\",\"balance-date\":")
                    .append(SandboxLedger.epoch(today))
                    .append(",\"transactions\":[");
            List<SandboxLedger.Transaction> transactions = account.transactions();
            for (int t = 0; t < transactions.size(); t++) {
                SandboxLedger.Transaction tx = transactions.get(t);
                json.append(t == 0 ? "" : ",")
                        .append("{\"id\":\"")
                        .append(tx.id())
                        .append("\",\"posted\":")
                        .append(tx.pending() ? 0 : SandboxLedger.epoch(tx.date()))
                        .append(",\"transacted_at\":")
                        .append(SandboxLedger.epoch(tx.date()))
                        .append(",\"amount\":\"")
                        .append(tx.amount())
                        .append("\",\"description\":\"")
                        .append(tx.description().replace("\"", "\\\""))
                        .append("\"")
                        .append(tx.pending() ? ",\"pending\":true" : "")
                        .append("}");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    private String hex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        Exchanges.html(exchange, status, "Sandbox Bank", body);
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        Exchanges.json(exchange, 200, body);
    }
}
