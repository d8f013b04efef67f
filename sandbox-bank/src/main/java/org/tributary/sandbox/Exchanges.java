package org.tributary.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every protocol of the sandbox does with an exchange: read its query, form or body, answer it. */
final class Exchanges {

    /** The largest request body the sandbox reads: its requests are a few hundred bytes. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private Exchanges() {}

    /** A request the sandbox cannot read: a body too large, a form or query that does not decode. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    static String body(HttpExchange exchange) throws IOException, Unreadable {
        byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new Unreadable("The request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The query's parameters, decoded; the first of a repeated name wins. */
    static Map<String, String> query(HttpExchange exchange) throws Unreadable {
        return pairs(exchange.getRequestURI().getRawQuery());
    }

    /** An {@code application/x-www-form-urlencoded} body's fields. */
    static Map<String, String> form(HttpExchange exchange) throws IOException, Unreadable {
        return pairs(body(exchange));
    }

    static Map<String, String> pairs(String encoded) throws Unreadable {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return pairs;
        }
        try {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                pairs.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            throw new Unreadable("The parameters do not decode: " + e.getMessage());
        }
        return pairs;
    }

    static String header(HttpExchange exchange, String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** Whether the exchange has been answered already (its status sent). */
    static boolean answered(HttpExchange exchange) {
        return exchange.getResponseCode() != -1;
    }

    /** A page of the sandbox bank: its title, the bank's name as the heading, then {@code body} (HTML, escaped). */
    static void html(HttpExchange exchange, int status, String title, String body) throws IOException {
        send(
                exchange,
                status,
                "text/html; charset=utf-8",
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + "<title>" + Html.escape(title)
                        + "</title></head><body><h1>Sandbox Bank</h1>" + body + "</body></html>");
    }

    static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    static void text(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", body);
    }

    /** An answer without a body (204), or a redirect (302 with {@code Location}). */
    static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Waits as a slow bank does; the sandbox's "slow" switch. */
    static void slowly() {
        try {
            Thread.sleep(45_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
