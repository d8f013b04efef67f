package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;
import static org.tributary.platform.SystemUnderTest.management;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadinessIT {

    @Test
    void readyIsUpWithARealCheckOfEachBackingService() {
        HttpResponse<String> response = management("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(statusByCheck(body))
                .containsEntry("postgresql", "UP")
                .containsEntry("clickhouse", "UP")
                .containsEntry("messaging", "UP")
                .containsEntry("disk", "UP");
        body.path("checks").forEach(check -> {
            if (check.path("name").asText().equals("disk")) {
                assertThat(check.path("data").path("tempFreeMb").asLong())
                        .as("the free megabytes where the portal keeps dropped files")
                        .isGreaterThanOrEqualTo(
                                check.path("data").path("minimumFreeMb").asLong());
            }
        });
    }

    @Test
    void liveIsUp() {
        HttpResponse<String> response = management("/health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsAreServedInPrometheusText() {
        HttpResponse<String> response = management("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("# TYPE base_memory_usedHeap_bytes gauge")
                .containsPattern("(?m)^base_memory_usedHeap_bytes [0-9.E]+$");
    }

    static Map<String, String> statusByCheck(JsonNode body) {
        Map<String, String> statuses = new HashMap<>();
        body.path("checks")
                .forEach(check -> statuses.put(
                        check.path("name").asText(), check.path("status").asText()));
        return statuses;
    }
}
