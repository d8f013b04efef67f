package org.tributary.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;

/**
 * One user can neither see, change nor delete another's objects through any endpoint, and the answer is
 * 404, so that existence is not revealed. Every new endpoint with an id joins this test.
 */
class IsolationIT {

    @Test
    void anotherUsersSourceIsNotFoundEverywhere() {
        Api alice = Api.signedInUser();
        Api bob = Api.signedInUser();
        String aliceSource = json(alice.post(
                        "/api/v1/sources",
                        "{\"kind\":\"BANK_API\",\"provider\":\"demo-bank\",\"name\":\"Alice's current account\","
                                + "\"credentials\":{\"token\":\"alice-secret\"}}"))
                .path("id")
                .asText();

        assertThat(bob.get("/api/v1/sources/" + aliceSource).statusCode()).isEqualTo(404);
        assertThat(bob.delete("/api/v1/sources/" + aliceSource).statusCode()).isEqualTo(404);
        assertThat(bob.get("/api/v1/sources").body()).doesNotContain(aliceSource);

        assertThat(alice.get("/api/v1/sources/" + aliceSource).statusCode()).isEqualTo(200);
        assertThat(alice.get("/api/v1/sources").body()).contains(aliceSource);
    }

    @Test
    void aMissingObjectAndAnotherUsersObjectGetTheSameAnswer() {
        Api alice = Api.signedInUser();
        Api bob = Api.signedInUser();
        String aliceSource = json(alice.post("/api/v1/sources", "{\"kind\":\"CASH\",\"name\":\"Wallet\"}"))
                .path("id")
                .asText();

        var foreign = bob.get("/api/v1/sources/" + aliceSource);
        var missing = bob.get("/api/v1/sources/00000000-0000-0000-0000-000000000000");

        assertThat(foreign.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).isEqualTo(missing.body());
    }

    @Test
    void anotherUsersTransactionsAndImportsAreNotFound() {
        Api alice = Api.signedInUser();
        Api bob = Api.signedInUser();
        String transaction = json(alice.post(
                        "/api/v1/transactions/cash",
                        "{\"date\":\"2024-01-01\",\"amount\":\"-1.00\",\"currency\":\"EUR\",\"description\":\"Alice's\"}"))
                .path("id")
                .asText();
        String importId = json(alice.upload(
                        "/api/v1/imports",
                        "alice.csv",
                        "Date,Description,Amount\n2024-01-02,Alice's,-2.00\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.util.Map.of()))
                .path("importId")
                .asText();

        assertThat(bob.get("/api/v1/transactions/" + transaction).statusCode()).isEqualTo(404);
        assertThat(bob.get("/api/v1/transactions").body())
                .doesNotContain(transaction)
                .doesNotContain("Alice");
        assertThat(bob.get("/api/v1/imports/" + importId).statusCode()).isEqualTo(404);
        assertThat(bob.upload(
                                "/api/v1/imports",
                                "b.csv",
                                "Date,Description,Amount\n2024-01-02,X,-2.00\n"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                java.util.Map.of(
                                        "sourceId",
                                        json(alice.get("/api/v1/sources"))
                                                .get(0)
                                                .path("id")
                                                .asText()))
                        .statusCode())
                .as("uploading into another user's source")
                .isEqualTo(404);
        String aliceSource =
                json(alice.get("/api/v1/sources")).get(0).path("id").asText();
        assertThat(bob.get("/api/v1/imports?source=" + aliceSource).statusCode())
                .as("another user's files")
                .isEqualTo(404);
        assertThat(bob.post("/api/v1/imports/" + importId + "/undo", "").statusCode())
                .as("undoing another user's import")
                .isEqualTo(404);
        assertThat(alice.get("/api/v1/transactions/" + transaction).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theAccountEndpointOnlyEverShowsTheSignedInUser() {
        Api alice = Api.signedInUser();
        Api bob = Api.signedInUser();

        assertThat(json(alice.get("/api/v1/me")).path("id").asText())
                .isNotEqualTo(json(bob.get("/api/v1/me")).path("id").asText());
    }
}
