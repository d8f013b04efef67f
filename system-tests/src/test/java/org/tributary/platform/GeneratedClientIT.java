package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.tributary.client.ApiClient;
import org.tributary.client.api.DefaultApi;
import org.tributary.client.model.Accepted;
import org.tributary.client.model.Credentials;
import org.tributary.client.model.ImportView;
import org.tributary.client.model.SignInRequest;
import org.tributary.client.model.UserView;
import org.tributary.importing.FileImportIT;

/**
 * The Java client that openapi-generator builds from docs/api/openapi.json (the served document, as
 * ApiContractIT checks) drives the server as an integrator would: sign up and in, import a bank export,
 * read a report, with the money read back as strings.
 */
class GeneratedClientIT {

    @Test
    void aClientGeneratedFromTheDocumentSignsInImportsAndReadsAReport() throws Exception {
        DefaultApi api = new DefaultApi(signedInClient());
        String email = "client-" + UUID.randomUUID() + "@example.test";
        Credentials credentials = new Credentials().email(email).password("correct horse battery");

        UserView created = api.authResourceSignUp(credentials);
        UserView signedIn = api.authResourceSignIn(
                new SignInRequest().email(credentials.getEmail()).password(credentials.getPassword()));
        Accepted accepted = api.importsResourceUpload(
                FileImportIT.corpus("csv/lloyds-ofxstatement/lloyds-uk-sample-statement.csv")
                        .toFile(),
                null,
                null,
                null,
                null,
                null);
        ImportView run = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api.importsResourceGet(accepted.getImportId()),
                        r -> r.getStatus().matches("COMPLETED|FAILED"));
        var balance = api.reportsResourceBalance(null, "2023-12-01", "month", null, null, null, "2024-01-31");

        assertThat(signedIn.getId()).isEqualTo(created.getId());
        assertThat(accepted.getStatus()).isEqualTo("QUEUED");
        assertThat(run.getStatus()).isEqualTo("COMPLETED");
        assertThat(run.getImported()).isEqualTo(12);
        assertThat(balance.getCurrency()).isEqualTo("EUR");
        assertThat(balance.getRows().stream().map(row -> row.getPeriod())).containsExactly("2023-12", "2024-01");
        // January 2024's payments in the file: 8.99 + 4.79 + 5975.12, to the cent.
        assertThat(balance.getRows().get(1).getExpenses()).isEqualTo("5988.90");
    }

    /**
     * The generated client with what a browser does by itself: keep the access-token cookie and send the
     * CSRF header that cookie-authenticated changes need (API.md).
     */
    private static ApiClient signedInClient() {
        AtomicReference<String> cookie = new AtomicReference<>();
        ApiClient client = new ApiClient();
        client.updateBaseUri(SystemUnderTest.property("it.http.url"));
        client.setRequestInterceptor(request -> {
            request.header(Api.CSRF_HEADER, Api.CSRF_VALUE);
            if (cookie.get() != null) {
                request.header("Cookie", cookie.get());
            }
        });
        client.setResponseInterceptor(response -> Api.accessTokenCookie(response)
                .ifPresent(setCookie -> cookie.set(setCookie.split(";", 2)[0])));
        return client;
    }
}
