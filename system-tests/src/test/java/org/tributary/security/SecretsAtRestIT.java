package org.tributary.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.Api.credentials;
import static org.tributary.platform.SystemUnderTest.json;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * What the database holds: a password hash, sealed credentials, an audit trail of sign-ins and of every change
 * to an account's security — never a secret itself.
 */
class SecretsAtRestIT {

    @Test
    void theDatabaseHoldsOnlyTheArgon2idHashOfThePassword() throws Exception {
        String email = "hash-" + UUID.randomUUID() + "@example.test";
        String password = "my very own secret passphrase";
        Api.http().post("/api/v1/auth/sign-up", credentials(email, password));

        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement("select password_hash from users where email = ?")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1))
                        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
                        .doesNotContain(password);
            }
        }
    }

    @Test
    void sourceCredentialsAreSealedInTheDatabaseAndNeverReturned() throws Exception {
        Api user = Api.signedInUser();
        String secret = "bank-token-" + UUID.randomUUID();

        var created = user.post(
                "/api/v1/sources",
                "{\"kind\":\"BANK_API\",\"provider\":\"demo-bank\","
                        + "\"name\":\"Current account\",\"credentials\":{\"token\":\"" + secret + "\"}}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(secret).doesNotContain("credentials");
        assertThat(user.get("/api/v1/sources").body()).doesNotContain(secret);
        String id = SystemUnderTest.json(created).path("id").asText();
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement("select credentials from sources where id = ?::uuid")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1))
                        .startsWith("v1.k1.")
                        .doesNotContain(secret)
                        .doesNotContain("token");
            }
        }
    }

    @Test
    void signInsFailuresAndSignOutsAreAuditedWithoutPasswords() throws Exception {
        String email = "audit-" + UUID.randomUUID() + "@example.test";
        String password = "audited but never stored";
        Api api = Api.http();
        api.post("/api/v1/auth/sign-up", credentials(email, password));
        api.post("/api/v1/auth/sign-in", credentials(email, "a wrong password here"));
        api.post("/api/v1/auth/sign-in", credentials(email, password));
        api.post("/api/v1/auth/sign-out", "");

        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement("select e.kind, e.client_address, e.email, e.user_agent"
                        + " from audit_events e join users u on u.id = e.user_id where u.email = ? order by e.id")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                java.util.List<String> kinds = new java.util.ArrayList<>();
                while (rows.next()) {
                    kinds.add(rows.getString("kind"));
                    assertThat(rows.getString("client_address")).isNotBlank();
                    assertThat(String.valueOf(rows.getString("email")) + rows.getString("user_agent"))
                            .doesNotContain(password)
                            .doesNotContain("a wrong password here");
                }
                assertThat(kinds).containsExactly("SIGN_UP", "SIGN_IN_FAILED", "SIGN_IN", "SIGN_OUT");
            }
        }
    }

    @Test
    void changesToAnAccountsSecurityAreAuditedWithoutCodesOrTokens() throws Exception {
        String email = "changes-" + UUID.randomUUID() + "@example.test";
        String newPassword = "another long and private passphrase";
        Api api = TwoFactorIT.signedUpAndIn(email);
        String secret = TwoFactorIT.begin(api, email);
        Authenticator app = new Authenticator(secret);
        long step = Authenticator.currentStep();
        List<String> recovery = TwoFactorIT.confirm(api, app.codeAt(step));
        assertThat(TwoFactorIT.signIn(email, recovery.get(0)).statusCode()).isEqualTo(200);

        var created = api.post("/api/v1/me/tokens", "{\"name\":\"Audited spreadsheet\",\"scopes\":[\"read\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        String token = json(created).path("token").asText();
        assertThat(api.delete("/api/v1/me/tokens/" + json(created).path("id").asText())
                        .statusCode())
                .isEqualTo(204);
        assertThat(api.delete("/api/v1/me/sessions").statusCode()).isEqualTo(204);
        assertThat(api.post(
                                "/api/v1/me/password",
                                "{\"currentPassword\":" + Api.quote(TwoFactorIT.PASSWORD) + ",\"newPassword\":"
                                        + Api.quote(newPassword) + "}")
                        .statusCode())
                .isEqualTo(204);
        String offCode = app.codeAt(step + 1);
        assertThat(api.send(api.request("/api/v1/me/two-factor")
                                .header("Content-Type", "application/json")
                                .method(
                                        "DELETE",
                                        HttpRequest.BodyPublishers.ofString("{\"code\":\"" + offCode + "\"}")))
                        .statusCode())
                .isEqualTo(204);

        List<String> secrets = List.of(
                secret, token, recovery.get(0), recovery.get(0).replace("-", ""), TwoFactorIT.PASSWORD, newPassword);
        List<String> events = new ArrayList<>();
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement("select e.kind, e.detail, e.email, e.user_agent,"
                        + " e.client_address from audit_events e join users u on u.id = e.user_id"
                        + " where u.email = ? order by e.id")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String kind = rows.getString("kind");
                    events.add(rows.getString("detail") == null ? kind : kind + " " + rows.getString("detail"));
                    assertThat(rows.getString("client_address")).isNotBlank();
                    String stored = rows.getString("detail") + rows.getString("email") + rows.getString("user_agent");
                    assertThat(secrets).noneMatch(stored::contains);
                    assertThat(stored).as(kind).doesNotContain(offCode);
                }
            }
        }
        assertThat(events)
                .containsExactly(
                        "SIGN_UP",
                        "SIGN_IN",
                        "TWO_FACTOR_ON",
                        "RECOVERY_CODE_USED",
                        "SIGN_IN",
                        "API_TOKEN_CREATED Audited spreadsheet",
                        "API_TOKEN_REVOKED Audited spreadsheet",
                        "SIGNED_OUT_ELSEWHERE",
                        "PASSWORD_CHANGED",
                        "TWO_FACTOR_OFF");

        Path log = Path.of(SystemUnderTest.property("it.server.dir"), "standalone", "log", "server.log");
        String logged = Files.readString(log, StandardCharsets.ISO_8859_1);
        assertThat(secrets.subList(0, 4)).as("nor in the server log").noneMatch(logged::contains);
    }
}
