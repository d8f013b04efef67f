package org.tributary.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.Api.quote;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * Two-factor sign-in over HTTP as API.md describes it: set up, confirm with a first code (the recovery codes
 * come back once), then sign-in needs a valid code: wrong, right, reused and recovery codes; and turning it off.
 */
class TwoFactorIT {

    static final String PASSWORD = "a long and private passphrase";
    private static final String TWO_FACTOR_REQUIRED = "/two-factor-required";

    @Test
    void signInNeedsAValidCodeOnceTwoFactorIsOn() {
        String email = "totp-" + UUID.randomUUID() + "@example.test";
        Api api = signedUpAndIn(email);
        Authenticator app = new Authenticator(begin(api, email));

        var notYet = signIn(email, null);
        assertThat(notYet.statusCode())
                .as("set up but not confirmed: the password alone still works")
                .isEqualTo(200);

        var wrongConfirm = api.post("/api/v1/me/two-factor/confirm", code(wrongCodeFor(app)));
        assertThat(wrongConfirm.statusCode()).isEqualTo(422);

        long step = Authenticator.currentStep();
        List<String> recovery = confirm(api, app.codeAt(step));
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

        var noCode = signIn(email, null);
        assertThat(noCode.statusCode()).isEqualTo(401);
        assertThat(json(noCode).path("type").asText()).endsWith(TWO_FACTOR_REQUIRED);
        assertThat(noCode.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Api.accessTokenCookie(noCode)).isEmpty();

        var wrong = signIn(email, wrongCodeFor(app));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).path("type").asText()).endsWith(TWO_FACTOR_REQUIRED);
        assertThat(Api.accessTokenCookie(wrong)).isEmpty();

        var confirmingCodeAgain = signIn(email, app.codeAt(step));
        assertThat(confirmingCodeAgain.statusCode())
                .as("the code that confirmed the setup is used up")
                .isEqualTo(401);

        // One step ahead is inside the ±1 window, and later than the step the confirmation used.
        String next = app.codeAt(step + 1);
        var right = signIn(email, next);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(Api.accessTokenCookie(right)).isPresent();

        var reused = signIn(email, next);
        assertThat(reused.statusCode()).as("a code is accepted once").isEqualTo(401);
        assertThat(json(reused).path("type").asText()).endsWith(TWO_FACTOR_REQUIRED);

        var withRecovery = signIn(email, recovery.get(0).toUpperCase());
        assertThat(withRecovery.statusCode()).isEqualTo(200);
        var recoveryAgain = signIn(email, recovery.get(0));
        assertThat(recoveryAgain.statusCode())
                .as("a recovery code is used once")
                .isEqualTo(401);
    }

    @Test
    void theSecretIsSealedAndTheRecoveryCodesHashedAtRest() throws Exception {
        String email = "sealed-" + UUID.randomUUID() + "@example.test";
        Api api = signedUpAndIn(email);
        String secret = begin(api, email);
        List<String> recovery = confirm(api, new Authenticator(secret).codeAt(Authenticator.currentStep()));
        UUID id = UUID.fromString(json(api.get("/api/v1/me")).path("id").asText());

        try (var db = SystemUnderTest.postgres();
                var query = db.prepareStatement("select secret, last_used_step from two_factor where user_id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).startsWith("v1.").doesNotContain(secret);
                assertThat(row.getLong(2)).isGreaterThan(0);
            }
            try (var codes = db.prepareStatement(
                    "select count(*) filter (where code_hash = sha256(convert_to(?, 'UTF8'))), count(*)"
                            + " from two_factor_recovery_codes where user_id = ?")) {
                codes.setString(1, recovery.get(0).replace("-", ""));
                codes.setObject(2, id);
                try (ResultSet row = codes.executeQuery()) {
                    row.next();
                    assertThat(row.getInt(1))
                            .as("each code is stored as its SHA-256 only")
                            .isEqualTo(1);
                    assertThat(row.getInt(2)).isEqualTo(10);
                }
            }
        }
    }

    @Test
    void turningItOffNeedsAValidCodeAndThenThePasswordIsEnoughAgain() {
        String email = "off-" + UUID.randomUUID() + "@example.test";
        Api api = signedUpAndIn(email);
        Authenticator app = new Authenticator(begin(api, email));
        long step = Authenticator.currentStep();
        List<String> recovery = confirm(api, app.codeAt(step));

        var again = api.post("/api/v1/me/two-factor", "");
        assertThat(again.statusCode()).as("already on").isEqualTo(409);

        var wrong = delete(api, code(wrongCodeFor(app)));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(signIn(email, null).statusCode()).as("still on").isEqualTo(401);

        var off = delete(api, code(app.codeAt(step + 1)));
        assertThat(off.statusCode()).isEqualTo(204);

        assertThat(signIn(email, null).statusCode()).isEqualTo(200);
        assertThat(signIn(email, recovery.get(1)).statusCode())
                .as("the recovery codes went with it; a code is ignored without two-factor")
                .isEqualTo(200);
        assertThat(delete(api, code("000000")).statusCode()).as("off already").isEqualTo(204);
    }

    @Test
    void wrongCodesCountTowardsTheSignInThrottle() {
        String email = "guess-" + UUID.randomUUID() + "@example.test";
        Api api = signedUpAndIn(email);
        Authenticator app = new Authenticator(begin(api, email));
        long step = Authenticator.currentStep();
        confirm(api, app.codeAt(step));

        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, wrongCodeFor(app)).statusCode()).isEqualTo(401);
        }
        assertThat(signIn(email, app.codeAt(step + 1)).statusCode())
                .as("five wrong codes block the account like five wrong passwords")
                .isEqualTo(429);
    }

    @Test
    void theEndpointsNeedASignedInUserAndACode() {
        assertThat(Api.http().post("/api/v1/me/two-factor", "").statusCode()).isEqualTo(401);
        Api api = Api.signedInUser();
        assertThat(api.post("/api/v1/me/two-factor/confirm", "{}").statusCode()).isEqualTo(400);
        assertThat(api.post("/api/v1/me/two-factor/confirm", code("123456")).statusCode())
                .as("nothing to confirm")
                .isEqualTo(409);
    }

    static Api signedUpAndIn(String email) {
        Api api = Api.http();
        assertThat(api.post("/api/v1/auth/sign-up", Api.credentials(email, PASSWORD))
                        .statusCode())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/auth/sign-in", Api.credentials(email, PASSWORD))
                        .statusCode())
                .isEqualTo(200);
        return api;
    }

    static String begin(Api api, String email) {
        var begun = api.post("/api/v1/me/two-factor", "");
        assertThat(begun.statusCode()).isEqualTo(200);
        JsonNode body = json(begun);
        String secret = body.path("secret").asText();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(body.path("otpauthUri").asText())
                .startsWith("otpauth://totp/Tributary:")
                .contains(
                        "secret=" + secret,
                        "issuer=Tributary",
                        java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8));
        return secret;
    }

    static List<String> confirm(Api api, String code) {
        var confirmed = api.post("/api/v1/me/two-factor/confirm", code(code));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        json(confirmed).path("recoveryCodes").forEach(c -> codes.add(c.asText()));
        return codes;
    }

    static HttpResponse<String> signIn(String email, String code) {
        String body = "{\"email\":" + quote(email) + ",\"password\":" + quote(PASSWORD)
                + (code == null ? "" : ",\"code\":" + quote(code)) + "}";
        return Api.http().post("/api/v1/auth/sign-in", body);
    }

    private static HttpResponse<String> delete(Api api, String body) {
        return api.send(api.request("/api/v1/me/two-factor")
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String code(String code) {
        return "{\"code\":" + quote(code) + "}";
    }

    /** Six digits that are no code of the steps around now. */
    private static String wrongCodeFor(Authenticator app) {
        long step = Authenticator.currentStep();
        List<String> valid = List.of(
                app.codeAt(step - 2),
                app.codeAt(step - 1),
                app.codeAt(step),
                app.codeAt(step + 1),
                app.codeAt(step + 2));
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!valid.contains(code)) {
                return code;
            }
        }
    }
}
