package org.tributary.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/** A state-changing request with the cookie but without X-Requested-With: tributary is refused with 403. */
class CsrfIT {

    @Test
    void postPatchAndDeleteNeedTheHeader() {
        Api user = Api.signedInUser();
        String sourceId = SystemUnderTest.json(user.post("/api/v1/sources", "{\"kind\":\"CASH\",\"name\":\"Wallet\"}"))
                .path("id")
                .asText();
        Api forged = Api.http().withToken(user.token()).withoutCsrfHeader();

        assertThat(forged.post("/api/v1/sources", "{\"kind\":\"CASH\",\"name\":\"Other\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(forged.patch("/api/v1/me", "{\"locale\":\"ru\"}").statusCode())
                .isEqualTo(403);
        assertThat(forged.delete("/api/v1/sources/" + sourceId).statusCode()).isEqualTo(403);
        assertThat(forged.post("/api/v1/auth/sign-out", "").statusCode()).isEqualTo(403);

        assertThat(forged.get("/api/v1/sources").statusCode())
                .as("reading needs no header")
                .isEqualTo(200);
        assertThat(user.get("/api/v1/sources/" + sourceId).statusCode())
                .as("nothing was deleted")
                .isEqualTo(200);
        assertThat(SystemUnderTest.json(user.get("/api/v1/me")).path("locale").asText())
                .isEqualTo("en");
    }

    @Test
    void theProblemSaysWhatIsMissing() {
        Api forged = Api.http().withToken(Api.signedInUser().token()).withoutCsrfHeader();

        var response = forged.post("/api/v1/sources", "{\"kind\":\"CASH\",\"name\":\"" + UUID.randomUUID() + "\"}");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(SystemUnderTest.json(response).path("detail").asText()).contains("X-Requested-With");
    }
}
