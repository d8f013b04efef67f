package org.tributary.syncing.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The one way the consent providers' clients talk HTTP: only to the configured bases (a bank's answer cannot send
 * the server anywhere else: no redirect is followed, and a link in an answer is checked like a configured URL), every
 * answer read in bounded memory, a transport failure turned into {@link BankUnavailableException} named after the
 * provider. Never logs: requests carry tokens and consent ids.
 */
final class BankHttp {

    /** An answer: the status, the headers, and the body exactly as received (at most the limit asked for). */
    record Answer(String request, int status, HttpHeaders headers, byte[] body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The body as a JSON object, or an empty one when it is not one (an error page, nothing). */
        JsonObject json() {
            try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
                JsonStructure structure = reader.read();
                return structure instanceof JsonObject object ? object : JsonObject.EMPTY_JSON_OBJECT;
            } catch (JsonException | IllegalStateException e) {
                return JsonObject.EMPTY_JSON_OBJECT;
            }
        }

        /** The body as a JSON value that must be well formed: a bank answering nonsense is unavailable. */
        JsonStructure strictJson(String provider) {
            try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
                return reader.read();
            } catch (JsonException | IllegalStateException e) {
                throw new BankUnavailableException(provider + " answered something that is not JSON");
            }
        }
    }

    /** An error body is a few hundred bytes; more is not read. */
    static final int MAX_ERROR_BYTES = 64 * 1024;

    private final String provider;
    private final HttpClient http;

    BankHttp(String provider) {
        this.provider = provider;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Sends the request and reads its answer: a successful one up to {@code maxBytes} (longer is refused, not cut),
     * any other up to {@link #MAX_ERROR_BYTES}.
     *
     * @param described the request as it may be stored and shown: method and path, no token, no secret
     */
    Answer exchange(HttpRequest request, String described, int maxBytes) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new BankUnavailableException(provider + " did not answer in time");
        } catch (IOException e) {
            throw new BankUnavailableException(
                    provider + " could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BankUnavailableException("interrupted while asking " + provider);
        }
        boolean ok = response.statusCode() >= 200 && response.statusCode() < 300;
        int max = ok ? maxBytes : MAX_ERROR_BYTES;
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes(max + 1);
            if (bytes.length > max) {
                if (ok) {
                    throw new BankUnavailableException(provider + "'s answer is larger than " + max + " bytes");
                }
                bytes = java.util.Arrays.copyOf(bytes, max);
            }
            return new Answer(described, response.statusCode(), response.headers(), bytes);
        } catch (IOException e) {
            throw new BankUnavailableException(
                    provider + "'s answer broke off: " + e.getClass().getSimpleName());
        }
    }

    /** Whether {@code uri} lies under one of {@code bases}: same scheme, host and port, below the base's path. */
    static boolean isUnder(URI uri, List<URI> bases) {
        if (uri.getScheme() == null
                || uri.getHost() == null
                || uri.getRawPath() == null
                || uri.getRawUserInfo() != null) {
            return false;
        }
        for (URI base : bases) {
            String basePath = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
            if (base.getScheme().equalsIgnoreCase(uri.getScheme())
                    && base.getHost().equalsIgnoreCase(uri.getHost())
                    && port(base) == port(uri)
                    && (uri.getRawPath() + "/").startsWith(basePath.endsWith("/") ? basePath : basePath + "/")
                    && !uri.getRawPath().contains("/../")
                    && !uri.getRawPath().contains("/./")) {
                return true;
            }
        }
        return false;
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
