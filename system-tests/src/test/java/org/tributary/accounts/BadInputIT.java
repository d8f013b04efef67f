package org.tributary.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.Api.credentials;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/** Whatever arrives, the answer is a problem document with a 4xx status, never a 500. */
class BadInputIT {

    @ParameterizedTest
    @ValueSource(
            strings = {"{\"email\":", "not json", "[1,2,3]", "{\"email\": 7, \"password\": []}", "\"just a string\""})
    void malformedJsonIs400(String body) {
        assertProblem(Api.http().post("/api/v1/auth/sign-up", body), 400);
        assertProblem(Api.http().post("/api/v1/auth/sign-in", body), 400);
    }

    @Test
    void missingFieldsAreNamed() {
        var response = Api.http().post("/api/v1/auth/sign-up", "{}");

        assertProblem(response, 400);
        assertThat(SystemUnderTest.json(response).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("email", "password");
    }

    @Test
    void aTenMegabyteBodyIs413() {
        String huge = "{\"email\":\"" + "a".repeat(10 * 1024 * 1024) + "@example.test\",\"password\":\"x\"}";

        assertProblem(Api.http().post("/api/v1/auth/sign-up", huge), 413);
    }

    @Test
    void anEmailOfAThousandCharactersIs400() {
        String email = "a".repeat(990) + "@example.test";

        var response = Api.http().post("/api/v1/auth/sign-up", credentials(email, "a long enough password"));

        assertProblem(response, 400);
        assertThat(SystemUnderTest.json(response)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("email");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "пользователь@пример.рф",
                "josé.garcía@correo.es",
                "用户@例子.广告",
                "😀@example.test",
                "a@b",
                "@example.test",
                "user@",
                "user@@example.test",
                "user@exa mple.test",
                "\u0000@example.test"
            })
    void unicodeAndOddEmailsAreAcceptedOrRefusedButNeverFail(String email) {
        String unique = email.replace("@", "+" + UUID.randomUUID().toString().substring(0, 8) + "@");

        var response = Api.http().post("/api/v1/auth/sign-up", credentials(unique, "a long enough password"));

        assertThat(response.statusCode()).isIn(201, 400);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .isIn("application/json", "application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR '1'='1", "x'; DROP TABLE users; --", "\" OR \"\"=\"", "admin'--@example.test"})
    void sqlLookingInputIsJustText(String text) {
        assertThat(Api.http()
                        .post("/api/v1/auth/sign-in", credentials(text, text))
                        .statusCode())
                .isIn(400, 401);
        assertThat(Api.http()
                        .post("/api/v1/auth/sign-up", credentials(text, text + text))
                        .statusCode())
                .as("a valid-looking address is just an address")
                .isIn(201, 400, 409);
        assertThat(Api.http()
                        .post(
                                "/api/v1/auth/sign-in",
                                credentials("someone-" + UUID.randomUUID() + "@example.test", text))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aWrongContentTypeIs415() {
        Api api = Api.http();
        var response = api.send(api.request("/api/v1/auth/sign-up")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("email=a@b.c")));

        assertProblem(response, 415);
    }

    @Test
    void badSourcesInputIs400WithTheField() {
        Api user = Api.signedInUser();

        var badKind = user.post("/api/v1/sources", "{\"kind\":\"PIGGY_BANK\",\"name\":\"Jar\"}");
        var noName = user.post("/api/v1/sources", "{\"kind\":\"CASH\"}");
        var badId = user.get("/api/v1/sources/not-a-uuid");

        assertProblem(badKind, 400);
        assertThat(SystemUnderTest.json(badKind)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("kind");
        assertProblem(noName, 400);
        assertThat(badId.statusCode()).isEqualTo(404);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(SystemUnderTest.json(response).path("status").asInt()).isEqualTo(status);
    }
}
