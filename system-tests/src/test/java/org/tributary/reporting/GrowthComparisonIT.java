package org.tributary.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tributary.importing.FileImportIT;
import org.tributary.platform.Api;

/**
 * "What grew" compares with earlier data that exists: a year whose year before holds one month of data was
 * reported as 27 rows of +1,100 %. The month is scaled up to the year (and the report says so); less than four
 * weeks of earlier data, or none, gives no rows and says why.
 */
class GrowthComparisonIT {

    private static final String YEAR = "from=2024-01-01&to=2024-12-31";

    @Test
    void aYearAgainstOneMonthOfEarlierDataHasNoAbsurdGrowth() {
        Api user = Api.signedInUser();
        StringBuilder csv = new StringBuilder("Date,Description,Amount,Currency\n");
        // One month of data before the year (December 2023), then the same spending every month of 2024.
        csv.append("2023-12-01,LIDL 4711 BERLIN,-50.00,EUR\n").append("2023-12-02,NETFLIX.COM,-12.99,EUR\n");
        for (int month = 1; month <= 12; month++) {
            LocalDate day = LocalDate.of(2024, month, 1);
            csv.append(day).append(",LIDL 4711 BERLIN,-50.00,EUR\n");
            csv.append(day.plusDays(1)).append(",NETFLIX.COM,-12.99,EUR\n");
        }
        ReportsIT.assertCompleted(FileImportIT.importAndWait(user, "year.csv", bytes(csv.toString())));

        JsonNode growth = json(user.get("/api/v1/reports/growth?" + YEAR));

        assertThat(growth.path("earlierData").path("comparison").asText()).isEqualTo("PART_SCALED");
        assertThat(growth.path("earlierData").path("dataFrom").asText()).isEqualTo("2023-12-01");
        assertThat(growth.path("earlierData").path("coveredDays").asLong()).isEqualTo(31);
        for (JsonNode row : growth.path("rows")) {
            if (!row.path("deltaPercent").isNull()) {
                assertThat(new BigDecimal(row.path("deltaPercent").asText()))
                        .as("steady spending, scaled: %s", row)
                        .isLessThan(new BigDecimal("10"));
            }
        }
    }

    @Test
    void tooLittleOrNoEarlierDataGivesNoRowsAndSaysSo() {
        Api user = Api.signedInUser();
        ReportsIT.assertCompleted(FileImportIT.importAndWait(
                user,
                "short.csv",
                bytes("Date,Description,Amount,Currency\n2023-12-20,LIDL 4711 BERLIN,-50.00,EUR\n"
                        + "2024-03-01,LIDL 4711 BERLIN,-80.00,EUR\n")));

        JsonNode tooLittle = json(user.get("/api/v1/reports/growth?" + YEAR));
        JsonNode none = json(user.get("/api/v1/reports/growth?from=2023-12-01&to=2023-12-31"));

        assertThat(tooLittle.path("earlierData").path("comparison").asText()).isEqualTo("TOO_LITTLE");
        assertThat(tooLittle.path("earlierData").path("dataFrom").asText()).isEqualTo("2023-12-20");
        assertThat(tooLittle.path("rows")).isEmpty();
        assertThat(tooLittle.path("transactions")).isEmpty();
        assertThat(none.path("earlierData").path("comparison").asText()).isEqualTo("TOO_LITTLE");
        assertThat(none.path("earlierData").path("dataFrom").isNull()
                        || none.path("earlierData").path("dataFrom").isMissingNode())
                .isTrue();
        assertThat(none.path("rows")).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
