package org.tributary.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** A client of the sandbox in tests: requests with headers, answers read with the sandbox's own JSON reader. */
final class SandboxHttp {

    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private SandboxHttp() {}

    /** {@code headers} are name, value, name, value… */
    static HttpResponse<String> get(String url, String... headers) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
    }

    static HttpResponse<String> post(String url, String body, String... headers) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    static HttpResponse<String> form(String url, String fields) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)));
    }

    static HttpResponse<String> delete(String url, String... headers) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).DELETE(), headers);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String... headers) throws Exception {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Object json(HttpResponse<String> response) throws Exception {
        return JsonReader.read(response.body());
    }

    /** The value at a path of member names and array indexes; null where there is none. */
    static Object at(Object json, Object... path) {
        Object at = json;
        for (Object step : path) {
            if (step instanceof String name && at instanceof Map<?, ?> map) {
                at = map.get(name);
            } else if (step instanceof Integer index && at instanceof List<?> list && index < list.size()) {
                at = list.get(index);
            } else {
                return null;
            }
        }
        return at;
    }

    static String text(Object json, Object... path) {
        Object value = at(json, path);
        return value == null ? null : value.toString();
    }

    static List<?> list(Object json, Object... path) {
        return at(json, path) instanceof List<?> list ? list : List.of();
    }
}
