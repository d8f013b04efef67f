package org.tributary.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.Api.credentials;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/** What the database holds: a password hash, sealed credentials, an audit trail — never a secret itself. */
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
}
