package org.tributary.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/** Every way a token can be wrong ends in 401; MicroProfile JWT checks it from the cookie. */
class TokenRejectionIT {

    @Test
    void noCookieIs401WithAProblem() {
        var response = Api.http().get("/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(SystemUnderTest.json(response).path("status").asInt()).isEqualTo(401);
    }

    @Test
    void aTokenSignedByTheServerKeyIsAccepted() throws Exception {
        Api user = Api.signedInUser();
        UUID id = UUID.fromString(
                SystemUnderTest.json(user.get("/api/v1/me")).path("id").asText());

        var response = Api.http()
                .withToken(TestTokens.signedByServerKey(id, TestTokens.sessionOf(user.token()), 0, 60))
                .get("/api/v1/me");

        assertThat(response.statusCode())
                .as("control: the forged tokens below differ only in one way")
                .isEqualTo(200);
    }

    @Test
    void aTokenSignedByTheServerKeyWithoutASessionIs401() throws Exception {
        var response = Api.http()
                .withToken(TestTokens.signedByServerKey(existingUserId(), 0, 60))
                .get("/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionOfAnotherUserIs401() throws Exception {
        Api alice = Api.signedInUser();
        UUID bob = existingUserId();

        var response = Api.http()
                .withToken(TestTokens.signedByServerKey(bob, TestTokens.sessionOf(alice.token()), 0, 60))
                .get("/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        UUID id = existingUserId();

        var response = Api.http()
                .withToken(TestTokens.signedByServerKey(id, 3600, -1800))
                .get("/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() throws Exception {
        var response = Api.http()
                .withToken(TestTokens.signedByAnotherKey(existingUserId()))
                .get("/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anUnsignedTokenWithAlgNoneIs401() throws Exception {
        var response =
                Api.http().withToken(TestTokens.unsigned(existingUserId())).get("/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenWithATamperedPayloadIs401() throws Exception {
        Api alice = Api.signedInUser();
        UUID bob = UUID.fromString(SystemUnderTest.json(Api.signedInUser().get("/api/v1/me"))
                .path("id")
                .asText());

        var response = Api.http()
                .withToken(TestTokens.withTamperedPayload(alice.token(), bob))
                .get("/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "a.b.c", "eyJhbGciOiJSUzI1NiJ9..", "%00%01", "Bearer%20x.y.z"})
    void aMalformedCookieValueIs401(String value) {
        var response = Api.http().withToken(value).get("/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static UUID existingUserId() {
        return UUID.fromString(SystemUnderTest.json(Api.signedInUser().get("/api/v1/me"))
                .path("id")
                .asText());
    }
}
