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
 * Sign-up's 409 for a taken email cannot list accounts at speed (issue 15, decision 40): refused sign-ups are
 * limited per address and per /24, then 429 with Retry-After, and the wait ends by itself. Each test uses
 * its own loopback block (127.0.N.x), not the 127.0.0.1 the rest of the suite signs up from.
 */
class SignUpThrottleIT {

    private static final String PASSWORD = "a perfectly fine passphrase";

    @Test
    void probingTakenEmailsFromOneAddressIsStopped() {
        String taken = "known-" + UUID.randomUUID() + "@example.test";
        Api.http().post("/api/v1/auth/sign-up", credentials(taken, PASSWORD));
        int limit = Integer.parseInt(SystemUnderTest.property("it.max-failures-per-address"));

        FromAddress.Answer answer = null;
        int refused = 0;
        for (int i = 0; i <= limit; i++) {
            answer = FromAddress.postJson("127.0.41.7", "/api/v1/auth/sign-up", credentials(taken, PASSWORD));
            if (answer.status() != 409) {
                break;
            }
            refused++;
        }

        assertThat(refused).isEqualTo(limit);
        assertThat(answer.status()).isEqualTo(429);
        assertThat(Integer.parseInt(answer.headers().get("retry-after"))).isBetween(1, 4);
        assertThat(answer.body()).contains("\"status\":429").doesNotContain("exists");
        assertThat(FromAddress.postJson("127.0.41.7", "/api/v1/auth/sign-up", credentials(fresh(), PASSWORD))
                        .status())
                .as("a free email from the blocked address waits too: the answer tells nothing")
                .isEqualTo(429);
        assertThat(FromAddress.postJson("127.0.42.7", "/api/v1/auth/sign-up", credentials(taken, PASSWORD))
                        .status())
                .as("another network is not blocked")
                .isEqualTo(409);

        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> FromAddress.postJson("127.0.41.7", "/api/v1/auth/sign-up", credentials(fresh(), PASSWORD))
                                .status()
                        == 201);
    }

    @Test
    void manyAddressesOfOneBlockCountTogether() {
        String taken = "known-" + UUID.randomUUID() + "@example.test";
        Api.http().post("/api/v1/auth/sign-up", credentials(taken, PASSWORD));
        int blockLimit = Integer.parseInt(SystemUnderTest.property("it.sign-up.max-refused-per-block"));

        int status = 0;
        int tries = 0;
        for (; tries <= blockLimit && status != 429; tries++) {
            // A new address of 127.0.43.0/24 each time: no single address reaches its own limit.
            status = FromAddress.postJson(
                            "127.0.43." + (1 + tries % 250), "/api/v1/auth/sign-up", credentials(taken, PASSWORD))
                    .status();
        }

        assertThat(status).isEqualTo(429);
        assertThat(tries).isEqualTo(blockLimit + 1);
        assertThat(FromAddress.postJson("127.0.43.251", "/api/v1/auth/sign-up", credentials(taken, PASSWORD))
                        .status())
                .as("an address of the block that never tried waits too")
                .isEqualTo(429);
    }

    private static String fresh() {
        return "fresh-" + UUID.randomUUID() + "@example.test";
    }
}
