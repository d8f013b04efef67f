package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/** ClickHouse away during an import: the ledger gets every row, and the reports' table catches up later. */
@Isolated("stops ClickHouse")
class ClickHouseOutageImportIT {

    @AfterEach
    void clickHouseIsBack() throws Exception {
        SystemUnderTest.clickHouseControl("start");
    }

    @Test
    void anImportCompletesWithoutClickHouseAndIsLoadedWhenItReturns() throws Exception {
        Api user = Api.signedInUser();
        String userId = json(user.get("/api/v1/me")).path("id").asText();
        String csv =
                "Date,Description,Amount\n2024-06-01,Bakery,-4.20\n2024-06-02,Refund,15.00\n2024-06-03,Cinema,-11.00\n";
        SystemUnderTest.clickHouseControl("stop");

        JsonNode run = FileImportIT.importAndWait(user, "during-outage.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(run.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.path("imported").asInt()).isEqualTo(3);
        assertThat(FileImportIT.ledgerSum(userId)).isEqualByComparingTo("-0.20");

        SystemUnderTest.clickHouseControl("start");

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() ->
                        assertThat(FileImportIT.clickHouseSum(userId)).isEqualByComparingTo(new BigDecimal("-0.20")));
    }
}
