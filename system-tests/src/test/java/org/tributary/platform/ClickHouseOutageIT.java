package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;
import static org.tributary.platform.SystemUnderTest.management;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Readiness follows ClickHouse: DOWN within seconds of it stopping, UP again when it is back, no restart. */
@Isolated("stops ClickHouse")
class ClickHouseOutageIT {

    @AfterEach
    void clickHouseIsBack() throws Exception {
        SystemUnderTest.clickHouseControl("start");
    }

    @Test
    void readinessGoesDownWhileClickHouseIsStoppedAndUpWhenItReturns() throws Exception {
        SystemUnderTest.clickHouseControl("stop");

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    var response = management("/health/ready");
                    assertThat(response.statusCode()).isEqualTo(503);
                    Map<String, String> checks = ReadinessIT.statusByCheck(json(response));
                    assertThat(checks).containsEntry("clickhouse", "DOWN").containsEntry("postgresql", "UP");
                });

        SystemUnderTest.clickHouseControl("start");

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    var response = management("/health/ready");
                    assertThat(response.statusCode()).isEqualTo(200);
                    assertThat(ReadinessIT.statusByCheck(json(response))).containsEntry("clickhouse", "UP");
                });
    }
}
