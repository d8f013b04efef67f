package org.tributary.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Downloads one of the ECB's files of reference rates (or reads it from a {@code file:} address, for a
 * machine that cannot reach the ECB). Retried, bounded and broken like every outbound call; tuned through
 * MicroProfile Config as {@code org.tributary.reporting.control.EcbClient/download/Retry/maxRetries} etc.
 */
@ApplicationScoped
public class EcbClient {

    /** The whole history is about 0.6 MB zipped, 2 MB as XML or CSV. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 10, delayUnit = ChronoUnit.SECONDS, abortOn = IllegalArgumentException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 1.0, delay = 30, delayUnit = ChronoUnit.MINUTES)
    public byte[] download(URI address) throws IOException, InterruptedException {
        if ("file".equals(address.getScheme())) {
            try (InputStream in = Files.newInputStream(Path.of(address))) {
                return limited(in);
            }
        }
        if (!"https".equals(address.getScheme()) && !"http".equals(address.getScheme())) {
            throw new IllegalArgumentException("not an http(s) or file address: " + address);
        }
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(address)
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(address + " answered " + response.statusCode());
            }
            return limited(in);
        }
    }

    private static byte[] limited(InputStream in) throws IOException {
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new IOException("more than " + MAX_BYTES + " bytes: not a file of exchange rates");
        }
        return content;
    }
}
