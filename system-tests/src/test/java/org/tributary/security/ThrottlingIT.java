package org.tributary.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.Api.credentials;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * Failed sign-ins are limited per account and per client address (the test server: 5 per account, a few
 * dozen per address, blocked for 3 s). Only failures count; the right password gets in after the wait.
 */
class ThrottlingIT {

    private static final String PASSWORD = "the right password, finally";
    private static final String ADDRESS = "127.0.44.7";

    @Test
    void anAccountIsBlockedAfterTheConfiguredFailuresAndOpensAfterTheWait() {
        String email = "throttled-" + UUID.randomUUID() + "@example.test";
        Api.http().post("/api/v1/auth/sign-up", credentials(email, PASSWORD));

        for (int i = 0; i < 5; i++) {
            assertThat(Api.http()
                            .post("/api/v1/auth/sign-in", credentials(email, "wrong " + i))
                            .statusCode())
                    .isEqualTo(401);
        }
        var blocked = Api.http().post("/api/v1/auth/sign-in", credentials(email, PASSWORD));

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 4));
        assertThat(SystemUnderTest.json(blocked).path("status").asInt()).isEqualTo(429);

        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(Api.http()
                                .post("/api/v1/auth/sign-in", credentials(email, PASSWORD))
                                .statusCode())
                        .isEqualTo(200));
    }

    @Test
    void successesDoNotCount() {
        String email = "regular-" + UUID.randomUUID() + "@example.test";
        Api.http().post("/api/v1/auth/sign-up", credentials(email, PASSWORD));

        for (int i = 0; i < 8; i++) {
            assertThat(Api.http()
                            .post("/api/v1/auth/sign-in", credentials(email, PASSWORD))
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    /** From an address of its own (127.0.44.7): a blocked 127.0.0.1 would turn away the tests running beside it. */
    @Test
    void anAddressIsBlockedAfterItsFailuresAcrossAccounts() {
        int limit = Integer.parseInt(SystemUnderTest.property("it.max-failures-per-address"));
        int status = 0;
        for (int i = 0; i < limit + 1 && status != 429; i++) {
            String stranger = "stranger-" + UUID.randomUUID() + "@example.test";
            status = FromAddress.postJson(ADDRESS, "/api/v1/auth/sign-in", credentials(stranger, "guess " + i))
                    .status();
        }

        assertThat(status).isEqualTo(429);

        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> FromAddress.postJson(
                                        ADDRESS,
                                        "/api/v1/auth/sign-in",
                                        credentials("x-" + UUID.randomUUID() + "@example.test", "nope"))
                                .status()
                        == 401);
    }
}
