package org.tributary.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.Api.credentials;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.security.TestTokens;

/** Sign-up, sign-in, the account and sign-out, through the cookie, as API.md describes them. */
class AuthFlowIT {

    private static final String PASSWORD = "a long and private passphrase";

    @Test
    void theWholeFlowThroughTheCookie() {
        String email = "Flow-" + UUID.randomUUID() + "@Example.TEST";
        Api api = Api.http();

        var signUp = api.post("/api/v1/auth/sign-up", credentials("  " + email + " ", PASSWORD));
        assertThat(signUp.statusCode()).isEqualTo(201);
        JsonNode created = json(signUp);
        assertThat(created.path("email").asText()).isEqualTo(email.toLowerCase());
        assertThat(created.path("id").asText()).isNotBlank();
        assertThat(signUp.body()).doesNotContain(PASSWORD);

        var signIn = api.post("/api/v1/auth/sign-in", credentials(email.toUpperCase(), PASSWORD));
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(json(signIn).path("id").asText())
                .isEqualTo(created.path("id").asText());
        assertThat(signIn.body()).doesNotContain(api.token());
        String cookie = Api.accessTokenCookie(signIn).orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict", "Path=/").doesNotContain("Secure");

        var me = api.get("/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).path("email").asText()).isEqualTo(email.toLowerCase());
        assertThat(json(me).path("baseCurrency").asText()).isEqualTo("EUR");
        assertThat(json(me).path("locale").asText()).isEqualTo("en");

        var patched = api.patch("/api/v1/me", "{\"baseCurrency\":\"rub\",\"locale\":\"ru-RU\"}");
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(json(patched).path("baseCurrency").asText()).isEqualTo("RUB");
        assertThat(json(api.get("/api/v1/me")).path("locale").asText()).isEqualTo("ru-RU");

        String token = api.token();
        var signOut = api.post("/api/v1/auth/sign-out", "");
        assertThat(signOut.statusCode()).isEqualTo(204);
        assertThat(Api.accessTokenCookie(signOut).orElseThrow())
                .startsWith("access_token=;")
                .contains("Max-Age=0");
        assertThat(api.token()).isNull();
        assertThat(api.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(token).isNotBlank();
    }

    @Test
    void overHttpsTheCookieIsSecureAndHstsIsSent() {
        String email = "tls-" + UUID.randomUUID() + "@example.test";
        Api api = Api.https();
        api.post("/api/v1/auth/sign-up", credentials(email, PASSWORD));

        var signIn = api.post("/api/v1/auth/sign-in", credentials(email, PASSWORD));

        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(Api.accessTokenCookie(signIn).orElseThrow()).contains("Secure", "HttpOnly", "SameSite=Strict");
        assertThat(signIn.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void anEmailIsTakenWhateverItsCase() {
        String email = "taken-" + UUID.randomUUID() + "@example.test";
        Api.http().post("/api/v1/auth/sign-up", credentials(email, PASSWORD));

        var again = Api.http().post("/api/v1/auth/sign-up", credentials(email.toUpperCase(), PASSWORD));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        var tooShort = Api.http().post("/api/v1/auth/sign-up", credentials(unique(), "short"));
        var common = Api.http().post("/api/v1/auth/sign-up", credentials(unique(), "Password123!"));

        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(json(tooShort).path("errors").get(0).path("field").asText()).isEqualTo("password");
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(json(common).path("errors").get(0).path("message").asText()).contains("common");
    }

    @Test
    void anUnknownEmailAndAWrongPasswordLookTheSame() {
        String email = unique();
        Api.http().post("/api/v1/auth/sign-up", credentials(email, PASSWORD));

        var wrongPassword = Api.http().post("/api/v1/auth/sign-in", credentials(email, "not the password at all"));
        var unknownEmail = Api.http().post("/api/v1/auth/sign-in", credentials(unique(), "not the password at all"));

        assertThat(wrongPassword.statusCode()).isEqualTo(401).isEqualTo(unknownEmail.statusCode());
        assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
        assertThat(Api.accessTokenCookie(wrongPassword)).isEmpty();
    }

    @Test
    void aTokenPastHalfItsLifeIsRenewedOnUse() throws Exception {
        Api user = Api.signedInUser();
        String first = user.token();

        var fresh = user.get("/api/v1/me");
        assertThat(Api.accessTokenCookie(fresh))
                .as("a young token is not renewed")
                .isEmpty();

        UUID id = UUID.fromString(json(fresh).path("id").asText());
        Api old = Api.http().withToken(TestTokens.agedToken(id, TestTokens.sessionOf(first)));
        var renewed = old.get("/api/v1/me");
        assertThat(renewed.statusCode()).isEqualTo(200);
        assertThat(Api.accessTokenCookie(renewed))
                .hasValueSatisfying(c -> assertThat(c).contains("HttpOnly"));
        assertThat(old.token()).isNotEqualTo(first);
        assertThat(old.get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    private static String unique() {
        return "u-" + UUID.randomUUID() + "@example.test";
    }
}
