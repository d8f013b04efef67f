package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.app;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ApiFrameIT {

    @Test
    void anUnknownPathIsAProblemDocument() {
        HttpResponse<String> response = app("/api/v1/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("title").asText()).isEqualTo("Not Found");
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).doesNotContain("RESTEASY");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        HttpResponse<String> response = app("/openapi?format=JSON");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("info").path("title").asText()).isEqualTo("Tributary API");
    }
}
