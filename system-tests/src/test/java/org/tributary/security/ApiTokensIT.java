package org.tributary.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * Personal API tokens over HTTP: created with the cookie and shown once, then used alone in
 * {@code Authorization: Bearer} (no cookie, no CSRF header) within their scopes; revoked or expired tokens
 * answer 401 at once.
 */
public class ApiTokensIT {

    private static final String CASH =
            "{\"date\":\"2024-05-02\",\"amount\":\"-7.25\",\"currency\":\"EUR\"," + "\"description\":\"Market\"}";

    @Test
    void aReadTokenReadsAndDoesNothingElse() {
        Api owner = Api.signedInUser();
        JsonNode created = create(owner, "{\"name\":\"  Spreadsheet  \",\"scopes\":[\"read\"]}");
        String token = created.path("token").asText();
        assertThat(token).startsWith("trb_").hasSizeGreaterThan(40);
        assertThat(created.path("name").asText()).isEqualTo("Spreadsheet");

        var me = bearer(token, "GET", "/api/v1/me", null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).path("email").asText())
                .isEqualTo(json(owner.get("/api/v1/me")).path("email").asText());
        assertThat(bearer(token, "GET", "/api/v1/transactions", null).statusCode())
                .isEqualTo(200);
        assertThat(Api.accessTokenCookie(me))
                .as("a token never turns into a cookie")
                .isEmpty();

        assertThat(bearer(token, "POST", "/api/v1/transactions/cash", CASH).statusCode())
                .isEqualTo(403);
        assertThat(bearer(token, "PATCH", "/api/v1/me", "{\"locale\":\"ru\"}").statusCode())
                .isEqualTo(403);
        assertThat(bearer(token, "POST", "/api/v1/me/tokens", "{\"name\":\"x\",\"scopes\":[\"read\"]}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(bearer(token, "POST", "/api/v1/me/two-factor", "").statusCode())
                .isEqualTo(403);
        assertThat(bearer(token, "POST", "/api/v1/auth/sign-out", "").statusCode())
                .isEqualTo(403);
    }

    @Test
    void anImportTokenAlsoImportsAndAddsCashEntriesWithoutCookieOrCsrfHeader() {
        Api owner = Api.signedInUser();
        String token = create(owner, "{\"name\":\"Uploader\",\"scopes\":[\"import\"]}")
                .path("token")
                .asText();

        var cash = bearer(token, "POST", "/api/v1/transactions/cash", CASH);
        assertThat(cash.statusCode()).as(cash.body()).isEqualTo(201);
        String id = json(cash).path("id").asText();
        assertThat(owner.get("/api/v1/transactions/" + id).statusCode())
                .as("the entry is the token owner's")
                .isEqualTo(200);
        assertThat(bearer(token, "GET", "/api/v1/transactions/" + id, null).statusCode())
                .isEqualTo(200);

        var upload = Api.http().withoutCsrfHeader();
        var imported = upload.send(multipart(upload, token));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(202);

        assertThat(bearer(token, "PATCH", "/api/v1/transactions/" + id, "{\"category\":\"groceries\"}")
                        .statusCode())
                .isEqualTo(403);
        String tokenId = json(owner.get("/api/v1/me/tokens")).get(0).path("id").asText();
        assertThat(bearer(token, "DELETE", "/api/v1/me/tokens/" + tokenId, null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theListNeverShowsTheSecretAndRecordsTheLastUse() throws Exception {
        Api owner = Api.signedInUser();
        String expires = Instant.now()
                .plus(30, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        String token = create(
                        owner,
                        "{\"name\":\"Both\",\"scopes\":[\"read\",\"import\",\"read\"],\"expiresAt\":\"" + expires
                                + "\"}")
                .path("token")
                .asText();

        JsonNode before = json(owner.get("/api/v1/me/tokens")).get(0);
        assertThat(before.path("lastUsedAt").isMissingNode()
                        || before.path("lastUsedAt").isNull())
                .isTrue();
        bearer(token, "GET", "/api/v1/me", null);

        var list = owner.get("/api/v1/me/tokens");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(token).doesNotContain(token.substring(4));
        JsonNode listed = json(list).get(0);
        assertThat(listed.path("name").asText()).isEqualTo("Both");
        assertThat(listed.path("scopes").toString()).isEqualTo("[\"read\",\"import\"]");
        assertThat(Instant.parse(listed.path("expiresAt").asText())).isEqualTo(Instant.parse(expires));
        assertThat(listed.path("lastUsedAt").asText()).isNotBlank();

        try (var db = SystemUnderTest.postgres();
                var query = db.prepareStatement(
                        "select count(*) from api_tokens where token_hash = sha256(convert_to(?, 'UTF8'))")) {
            query.setString(1, token);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getInt(1))
                        .as("only the token's SHA-256 is stored")
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void aRevokedOrExpiredTokenIsRefusedAtOnce() throws Exception {
        Api owner = Api.signedInUser();
        JsonNode revoked = create(owner, "{\"name\":\"Old\",\"scopes\":[\"read\"]}");
        JsonNode expiring = create(
                owner,
                "{\"name\":\"Soon\",\"scopes\":[\"read\"],\"expiresAt\":\""
                        + Instant.now().plusSeconds(3600) + "\"}");
        assertThat(bearer(revoked.path("token").asText(), "GET", "/api/v1/me", null)
                        .statusCode())
                .isEqualTo(200);

        assertThat(owner.delete("/api/v1/me/tokens/" + revoked.path("id").asText())
                        .statusCode())
                .isEqualTo(204);
        var afterRevoke = bearer(revoked.path("token").asText(), "GET", "/api/v1/me", null);
        assertThat(afterRevoke.statusCode()).isEqualTo(401);
        assertThat(afterRevoke.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

        try (var db = SystemUnderTest.postgres();
                var expire = db.prepareStatement(
                        "update api_tokens set expires_at = now() - interval '1 second'" + " where id = ?")) {
            expire.setObject(1, UUID.fromString(expiring.path("id").asText()));
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        assertThat(bearer(expiring.path("token").asText(), "GET", "/api/v1/me", null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(bearer("trb_" + "A".repeat(43), "GET", "/api/v1/me", null).statusCode())
                .isEqualTo(401);
        assertThat(bearer("not-a-token", "GET", "/api/v1/me", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void badRequestsAreRefusedClearly() {
        Api owner = Api.signedInUser();
        assertThat(owner.post("/api/v1/me/tokens", "{\"name\":\"\",\"scopes\":[\"read\"]}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(owner.post("/api/v1/me/tokens", "{\"name\":\"x\",\"scopes\":[\"admin\"]}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(owner.post("/api/v1/me/tokens", "{\"name\":\"x\",\"scopes\":[]}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(owner.post(
                                "/api/v1/me/tokens",
                                "{\"name\":\"x\",\"scopes\":[\"read\"],\"expiresAt\":\"2001-01-01T00:00:00Z\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(owner.post("/api/v1/me/tokens", "{\"name\":\"" + "n".repeat(101) + "\",\"scopes\":[\"read\"]}")
                        .statusCode())
                .isEqualTo(400);

        String othersToken = create(Api.signedInUser(), "{\"name\":\"Theirs\",\"scopes\":[\"read\"]}")
                .path("id")
                .asText();
        assertThat(owner.delete("/api/v1/me/tokens/" + othersToken).statusCode())
                .isEqualTo(404);
        assertThat(Api.http().get("/api/v1/me/tokens").statusCode()).isEqualTo(401);
    }

    static JsonNode create(Api owner, String body) {
        var created = owner.post("/api/v1/me/tokens", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    /** A request with the token alone: no cookie and no CSRF header. */
    public static HttpResponse<String> bearer(String token, String method, String path, String json) {
        Api api = Api.http().withoutCsrfHeader();
        HttpRequest.Builder request = api.request(path).header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return api.send(request);
    }

    private static HttpRequest.Builder multipart(Api api, String token) {
        String boundary = "----tributary" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nDate,Description,Amount\n2024-05-01,Bakery,-3.20\n\r\n--"
                + boundary + "--\r\n";
        return api.request("/api/v1/imports")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
