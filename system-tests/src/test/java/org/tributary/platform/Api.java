package org.tributary.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A client of the HTTP API that handles the access-token cookie by hand, so tests can see its exact
 * attributes and send forged ones. Over https it trusts the test server's self-signed certificate.
 */
public final class Api {

    public static final String CSRF_HEADER = "X-Requested-With";
    public static final String CSRF_VALUE = "tributary";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .sslContext(trustingSslContext())
            .build();

    private final String base;
    private String token;
    private boolean csrf = true;

    private Api(String base) {
        this.base = base;
    }

    public static Api http() {
        return new Api(SystemUnderTest.property("it.http.url"));
    }

    public static Api https() {
        return new Api(SystemUnderTest.property("it.https.url"));
    }

    /** A new account, signed in: the client holds its cookie. */
    public static Api signedInUser() {
        Api api = http();
        String email = "user-" + UUID.randomUUID() + "@example.test";
        api.post("/api/v1/auth/sign-up", credentials(email, "correct horse battery"));
        HttpResponse<String> signIn = api.post("/api/v1/auth/sign-in", credentials(email, "correct horse battery"));
        if (signIn.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + signIn.statusCode() + " " + signIn.body());
        }
        return api;
    }

    public static String credentials(String email, String password) {
        return "{\"email\":" + quote(email) + ",\"password\":" + quote(password) + "}";
    }

    public static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The same person, signed in, asking another address (a balancer in front of the servers). */
    public Api via(String base) {
        Api other = new Api(base).withToken(token);
        other.csrf = csrf;
        return other;
    }

    public Api withToken(String token) {
        this.token = token;
        return this;
    }

    public Api withoutCsrfHeader() {
        this.csrf = false;
        return this;
    }

    public String token() {
        return token;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> patch(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart/form-data upload of one file with optional text fields. */
    public HttpResponse<String> upload(
            String path, String fileName, byte[] content, java.util.Map<String, String> fields) {
        String boundary = "----tributary" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(utf8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(utf8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * Uploads a statement file and waits until its import has finished; fails unless it COMPLETED.
     *
     * @return the import's id
     */
    public UUID importCompleted(String fileName, byte[] content) {
        var accepted = upload("/api/v1/imports", fileName, content, java.util.Map.of());
        if (accepted.statusCode() != 202) {
            throw new AssertionError("upload answered " + accepted.statusCode() + ": " + accepted.body());
        }
        UUID importId =
                UUID.fromString(SystemUnderTest.json(accepted).path("importId").asText());
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> SystemUnderTest.json(get("/api/v1/imports/" + importId))
                        .path("status")
                        .asText()
                        .matches("COMPLETED|FAILED"));
        String status = SystemUnderTest.json(get("/api/v1/imports/" + importId))
                .path("status")
                .asText();
        if (!status.equals("COMPLETED")) {
            throw new AssertionError("import " + importId + " ended " + status);
        }
        return importId;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        if (csrf) {
            request.header(CSRF_HEADER, CSRF_VALUE);
        }
        if (token != null) {
            request.header("Cookie", "access_token=" + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            accessTokenCookie(response).ifPresent(cookie -> token = valueOf(cookie));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    }

    public static Optional<String> accessTokenCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("access_token="))
                .findFirst();
    }

    private static String valueOf(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        String value = pair.substring("access_token=".length());
        return value.isEmpty() ? null : value;
    }

    private static SSLContext trustingSslContext() {
        try {
            TrustManager trustAll = new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            };
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
