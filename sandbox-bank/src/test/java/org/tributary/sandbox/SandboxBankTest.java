package org.tributary.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox speaks SimpleFIN as a bridge does: a token claimed once, basic auth, a stable history. */
class SandboxBankTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private SandboxBank bank;

    @BeforeEach
    void start() throws Exception {
        bank = new SandboxBank(0);
        bank.start();
    }

    @AfterEach
    void stop() {
        bank.stop();
    }

    @Test
    void aTokenIsClaimedOnceAndItsAccessReadsTheAccounts() throws Exception {
        String claim = new String(Base64.getDecoder().decode(bank.newSetupToken()), StandardCharsets.UTF_8);
        HttpResponse<String> claimed = post(claim);
        assertThat(claimed.statusCode()).isEqualTo(200);
        assertThat(post(claim).statusCode()).as("a second claim").isEqualTo(403);

        URI access = URI.create(claimed.body());
        String base = claimed.body().replace(access.getRawUserInfo() + "@", "");
        String basic =
                Base64.getEncoder().encodeToString(access.getRawUserInfo().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> accounts = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/accounts"))
                        .header("Authorization", "Basic " + basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accounts.statusCode()).isEqualTo(200);
        assertThat(accounts.body()).contains("\"currency\":\"USD\"", "\"currency\":\"EUR\"", "\"pending\":true");
        assertThat(HTTP.send(
                                HttpRequest.newBuilder(URI.create(base + "/accounts"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .as("no credentials")
                .isEqualTo(403);
    }

    @Test
    void aDaysTransactionsAreTheSameInEveryAnswerAndTheLastTwoDaysArePending() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        String year = SandboxBank.accountSet("k", today, LocalDate.MIN);
        String lastWeek = SandboxBank.accountSet("k", today, today.minusDays(7));
        List<String> weekIds = ids(lastWeek);
        assertThat(weekIds).isNotEmpty();
        assertThat(ids(year)).containsAll(weekIds).hasSizeGreaterThan(300);
        assertThat(lastWeek).doesNotContain("\"id\":\"chk-" + today.minusDays(8));
        String tomorrow = SandboxBank.accountSet("k", today.plusDays(1), today.minusDays(7));
        assertThat(tomorrow)
                .contains("\"id\":\"chk-" + today.minusDays(1) + "-0\",\"posted\":"
                        + SandboxLedger.epoch(today.minusDays(1)));
    }

    private static List<String> ids(String json) {
        Matcher id = Pattern.compile("\"id\":\"((?:chk|eur)-[^\"]+)\"").matcher(json);
        return id.results().map(m -> m.group(1)).toList();
    }

    private static HttpResponse<String> post(String url) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
