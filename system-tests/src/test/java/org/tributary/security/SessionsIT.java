package org.tributary.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.Api.credentials;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * Server-side sessions behind the token (issue 15, decision 40): a copy of a cookie stops working the moment
 * its session ends — signing out, ending it from another device, "sign out everywhere", a password change —
 * and no renewal keeps a token past the session's absolute expiry.
 */
class SessionsIT {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void aCookieCopiedBeforeSignOutAnswers401AfterIt() {
        Api api = Api.signedInUser();
        String copy = api.token();
        assertThat(Api.http().withToken(copy).get("/api/v1/me").statusCode()).isEqualTo(200);

        assertThat(api.post("/api/v1/auth/sign-out", "").statusCode()).isEqualTo(204);

        var replayed = Api.http().withToken(copy).get("/api/v1/me");
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(json(replayed).path("status").asInt()).isEqualTo(401);
        assertThat(Api.accessTokenCookie(replayed))
                .as("the browser is told to forget it")
                .hasValueSatisfying(c -> assertThat(c).startsWith("access_token=;"));
    }

    @Test
    void aPortalPageWithAnEndedSessionSendsToSignIn() {
        Api api = Api.signedInUser();
        String copy = api.token();
        assertThat(Api.http().withToken(copy).get("/app/dashboard.xhtml").statusCode())
                .isEqualTo(200);
        api.post("/api/v1/auth/sign-out", "");

        var page = Api.http().withToken(copy).get("/app/dashboard.xhtml");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/sign-in.xhtml"));
    }

    @Test
    void theListShowsEachSessionAndOneCanBeEndedFromAnother() {
        String email = "sessions-" + UUID.randomUUID() + "@example.test";
        Api.http().post("/api/v1/auth/sign-up", credentials(email, PASSWORD));
        Api laptop = signIn(email, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/121.0");
        Api phone =
                signIn(email, "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36");

        var list = laptop.get("/api/v1/me/sessions");

        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode sessions = json(list);
        assertThat(sessions).hasSize(2);
        JsonNode mine = find(sessions, true);
        JsonNode other = find(sessions, false);
        assertThat(mine.path("device").asText()).isEqualTo("Firefox on Windows");
        assertThat(other.path("device").asText()).isEqualTo("Chrome on Android");
        assertThat(other.path("address").asText()).isEqualTo("127.0.0.1");
        assertThat(other.path("createdAt").asText()).isNotBlank();
        assertThat(other.path("lastSeenAt").asText()).isNotBlank();
        assertThat(list.body()).doesNotContain(phone.token()).doesNotContain("deviceKey");

        assertThat(laptop.delete("/api/v1/me/sessions/" + other.path("id").asText())
                        .statusCode())
                .isEqualTo(204);

        assertThat(phone.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(laptop.get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(json(laptop.get("/api/v1/me/sessions"))).hasSize(1);
        assertThat(laptop.delete("/api/v1/me/sessions/" + other.path("id").asText())
                        .statusCode())
                .as("already ended")
                .isEqualTo(404);
    }

    @Test
    void anotherUsersSessionIsNotFoundAndKeepsWorking() {
        Api alice = Api.signedInUser();
        Api bob = Api.signedInUser();
        String bobsSession = TestTokens.sessionOf(bob.token()).toString();

        assertThat(alice.delete("/api/v1/me/sessions/" + bobsSession).statusCode())
                .isEqualTo(404);
        assertThat(alice.delete("/api/v1/me/sessions/not-a-uuid").statusCode()).isEqualTo(404);
        assertThat(bob.get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEverywhereEndsEveryOtherSession() {
        String email = "everywhere-" + UUID.randomUUID() + "@example.test";
        Api.http().post("/api/v1/auth/sign-up", credentials(email, PASSWORD));
        Api here = signIn(email, "here");
        Api there = signIn(email, "there");
        Api elsewhere = signIn(email, "elsewhere");

        assertThat(here.delete("/api/v1/me/sessions").statusCode()).isEqualTo(204);

        assertThat(there.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(elsewhere.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(here.get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(json(here.get("/api/v1/me/sessions"))).hasSize(1);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessions() {
        String email = "change-" + UUID.randomUUID() + "@example.test";
        Api.http().post("/api/v1/auth/sign-up", credentials(email, PASSWORD));
        Api here = signIn(email, "here");
        Api there = signIn(email, "there");

        var wrong = here.post(
                "/api/v1/me/password",
                "{\"currentPassword\":\"not it at all\",\"newPassword\":\"a brand new passphrase\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).path("errors").get(0).path("field").asText()).isEqualTo("currentPassword");
        var weak = here.post(
                "/api/v1/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"short\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(json(weak).path("errors").get(0).path("field").asText()).isEqualTo("newPassword");
        assertThat(there.get("/api/v1/me").statusCode())
                .as("nothing changed yet")
                .isEqualTo(200);

        var changed = here.post(
                "/api/v1/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"a brand new passphrase\"}");

        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(there.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(here.get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(Api.http()
                        .post("/api/v1/auth/sign-in", credentials(email, PASSWORD))
                        .statusCode())
                .isEqualTo(401);
        assertThat(Api.http()
                        .post("/api/v1/auth/sign-in", credentials(email, "a brand new passphrase"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void noRenewalOutlivesTheSessionsAbsoluteExpiry() throws Exception {
        Api api = Api.signedInUser();
        UUID user = UUID.fromString(json(api.get("/api/v1/me")).path("id").asText());
        UUID session = TestTokens.sessionOf(api.token());
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement soon = db.prepareStatement(
                        "update sessions set expires_at = now() + interval '10 seconds' where id = ?")) {
            soon.setObject(1, session);
            assertThat(soon.executeUpdate()).isEqualTo(1);
        }
        // A token past half its life, 5 s left: renewed while the session lives, but only up to the session's
        // end (once the node's one-second cache has let go of the old expiry).
        Api renewed = await().atMost(Duration.ofSeconds(4))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            Api aged = Api.http().withToken(TestTokens.signedByServerKey(user, session, 100, 5));
                            return Api.accessTokenCookie(aged.get("/api/v1/me"))
                                            .map(SessionsIT::maxAge)
                                            .filter(seconds -> seconds <= 10)
                                            .isPresent()
                                    ? aged
                                    : null;
                        },
                        java.util.Objects::nonNull);

        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> Api.http().withToken(api.token()).get("/api/v1/me").statusCode() == 401);
        assertThat(renewed.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void lastSeenIsWrittenAtMostOnceAMinute() throws Exception {
        Api api = Api.signedInUser();
        UUID session = TestTokens.sessionOf(api.token());
        Instant first = lastSeen(session);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/me").statusCode()).isEqualTo(200);
        }
        assertThat(lastSeen(session)).as("not a write per request").isEqualTo(first);

        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement back = db.prepareStatement(
                        "update sessions set last_seen_at = now() - interval '2 minutes' where id = ?")) {
            back.setObject(1, session);
            back.executeUpdate();
        }
        Instant longAgo = lastSeen(session);
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    api.get("/api/v1/me");
                    assertThat(lastSeen(session)).isAfter(longAgo.plusSeconds(60));
                });
    }

    private static Api signIn(String email, String userAgent) {
        Api api = Api.http();
        var response = api.send(api.request("/api/v1/auth/sign-in")
                .header("Content-Type", "application/json")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(credentials(email, PASSWORD))));
        assertThat(response.statusCode()).isEqualTo(200);
        return api;
    }

    private static JsonNode find(JsonNode sessions, boolean current) {
        for (JsonNode session : sessions) {
            if (session.path("current").asBoolean() == current) {
                return session;
            }
        }
        throw new AssertionError("no session with current=" + current + " in " + sessions);
    }

    private static long maxAge(String setCookie) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("Max-Age=(\\d+)").matcher(setCookie);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static Instant lastSeen(UUID session) throws Exception {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement("select last_seen_at from sessions where id = ?")) {
            query.setObject(1, session);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                Timestamp seen = row.getTimestamp(1);
                return seen.toInstant();
            }
        }
    }
}
