package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/** bin/demo-data, which bin/run gives the demo user, loads its year through the API: two sources, transfers, cash. */
class DemoDataIT {

    private static final String PASSWORD = "demo-data-password-2026";

    @Test
    void givesAUserAYearOfTwoAccountsTheirCardBillsAsTransfersAndCash() throws Exception {
        String email = "demo-" + UUID.randomUUID() + "@example.test";
        Api user = Api.http();
        assertThat(user.post("/api/v1/auth/sign-up", Api.credentials(email, PASSWORD))
                        .statusCode())
                .isEqualTo(201);

        ProcessBuilder demoData =
                new ProcessBuilder(SystemUnderTest.property("it.demo-data"), email, PASSWORD).redirectErrorStream(true);
        demoData.environment().put("TRIBUTARY_HTTP_PORT", httpPort());
        Process script = demoData.start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(script.exitValue()).as(output).isZero();

        assertThat(user.post("/api/v1/auth/sign-in", Api.credentials(email, PASSWORD))
                        .statusCode())
                .isEqualTo(200);
        assertThat(json(user.get("/api/v1/sources")).findValuesAsText("name"))
                .contains("Everyday account (Sparkasse)", "Credit card (Visa)");
        JsonNode transfers = json(user.get("/api/v1/transactions?type=TRANSFER"));
        assertThat(transfers.path("total").asInt())
                .as("card bills, both sides")
                .isPositive()
                .isEven();
        assertThat(json(user.get("/api/v1/transactions?sourceKind=CASH"))
                        .path("total")
                        .asInt())
                .isEqualTo(3);
        assertThat(json(user.get("/api/v1/transactions?sourceKind=FILE"))
                        .path("total")
                        .asInt())
                .isGreaterThan(300);
    }

    private static String httpPort() {
        return Integer.toString(
                URI.create(SystemUnderTest.property("it.http.url")).getPort());
    }
}
