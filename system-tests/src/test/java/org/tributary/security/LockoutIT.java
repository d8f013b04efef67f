package org.tributary.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.Api.credentials;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;

/**
 * Wrong passwords from anywhere never lock the owner out of the right password on a browser that signed in
 * before (its device cookie, decision 40); a device nobody has seen waits, and the wait ends by itself
 * (ThrottlingIT). The test server blocks an account after 5 failures.
 */
class LockoutIT {

    private static final String PASSWORD = "the owner's own passphrase";

    @Test
    void fiveWrongPasswordsFromElsewhereDoNotLockTheOwnerOutOfAKnownDevice() {
        String email = "owner-" + UUID.randomUUID() + "@example.test";
        Api.http().post("/api/v1/auth/sign-up", credentials(email, PASSWORD));
        HttpResponse<String> first = signIn(email, PASSWORD, null);
        assertThat(first.statusCode()).isEqualTo(200);
        String device = deviceCookie(first);
        assertThat(first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("device=")))
                .singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Strict", "Path=/"));

        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "an attacker's guess " + i, null).statusCode())
                    .isEqualTo(401);
        }
        assertThat(signIn(email, PASSWORD, null).statusCode())
                .as("an unknown device waits")
                .isEqualTo(429);
        assertThat(signIn(email, PASSWORD, "device=" + "x".repeat(43)).statusCode())
                .as("a made-up device cookie is an unknown device")
                .isEqualTo(429);

        HttpResponse<String> owner = signIn(email, PASSWORD, "device=" + device);

        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(Api.accessTokenCookie(owner)).isPresent();
        assertThat(owner.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("device=")))
                .as("a known device keeps its cookie")
                .isEmpty();
    }

    @Test
    void aKnownDeviceGuessingIsThrottledByItself() {
        String email = "guesser-" + UUID.randomUUID() + "@example.test";
        Api.http().post("/api/v1/auth/sign-up", credentials(email, PASSWORD));
        String device = deviceCookie(signIn(email, PASSWORD, null));

        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "guess " + i, "device=" + device).statusCode())
                    .isEqualTo(401);
        }

        assertThat(signIn(email, PASSWORD, "device=" + device).statusCode()).isEqualTo(429);
        assertThat(signIn(email, PASSWORD, null).statusCode())
                .as("the account itself was not blocked by the known device's guesses")
                .isEqualTo(200);
    }

    private static HttpResponse<String> signIn(String email, String password, String cookie) {
        Api api = Api.http();
        HttpRequest.Builder request = api.request("/api/v1/auth/sign-in")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentials(email, password)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return api.send(request);
    }

    private static String deviceCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("device="))
                .findFirst()
                .map(c -> c.split(";", 2)[0].substring("device=".length()))
                .orElseThrow(() -> new AssertionError("no device cookie"));
    }
}
