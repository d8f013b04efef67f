package org.tributary.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.MetricsIT;

/**
 * A report of a ledger that has not changed is answered from the answers the server keeps (decision 49), and
 * never once anything it reads has changed: another import, the person's own exchange rates, an undone import.
 */
class ReportAnswersIT {

    private static final String REPORT = "/api/v1/reports/by-category?from=2025-06-01&to=2025-06-30";

    private static final String JUNE = """
            Date,Description,Amount
            2025-06-02,REWE 0815 KOELN,-40.00
            2025-06-03,REWE 0815 KOELN,-10.00
            2025-06-25,SALARY ACME GMBH,2000.00
            """;

    private static final String MORE_OF_JUNE = """
            Date,Description,Amount,Currency
            2025-06-10,REWE 0815 KOELN,-5.50,EUR
            2025-06-11,PHO HANOI SAIGON,-250000.00,VND
            """;

    /** One dong in euro, the person's own rate: the ECB publishes none. 250,000 × 0.00004 = 10.00. */
    private static final String DONG_RATE = "2025-06-11,VND,0.00004\n";

    @Test
    void anUnchangedLedgerIsAnsweredAgainAndAChangedOneAnew() {
        Api user = Api.signedInUser();
        user.importCompleted("june.csv", JUNE.getBytes(StandardCharsets.UTF_8));

        var first = user.get(REPORT);
        double hitsBefore = hits();
        var again = user.get(REPORT);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(hits()).as("the second answer was the one kept").isGreaterThanOrEqualTo(hitsBefore + 1);
        assertThat(expenses(json(first))).isEqualByComparingTo("50.00");

        UUID more = user.importCompleted("more-of-june.csv", MORE_OF_JUNE.getBytes(StandardCharsets.UTF_8));
        JsonNode afterImport = json(user.get(REPORT));
        assertThat(expenses(afterImport)).as("another import").isEqualByComparingTo("55.50");
        assertThat(afterImport.path("missingRates").findValuesAsText("currency"))
                .containsExactly("VND");

        var rates = user.upload("/api/v1/rates", "rates.csv", DONG_RATE.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(rates.statusCode()).as(rates.body()).isEqualTo(200);
        JsonNode afterRates = json(user.get(REPORT));
        assertThat(expenses(afterRates)).as("the person's own rate").isEqualByComparingTo("65.50");
        assertThat(afterRates.path("missingRates")).isEmpty();

        assertThat(user.post("/api/v1/imports/" + more + "/undo", "").statusCode())
                .isEqualTo(200);
        assertThat(expenses(json(user.get(REPORT)))).as("an undone import").isEqualByComparingTo("50.00");
    }

    @Test
    void onePersonsKeptAnswerIsNeverAnothersWithTheSameQuestion() {
        Api first = Api.signedInUser();
        first.importCompleted("june.csv", JUNE.getBytes(StandardCharsets.UTF_8));
        assertThat(expenses(json(first.get(REPORT)))).isEqualByComparingTo("50.00");

        Api second = Api.signedInUser();
        assertThat(json(second.get(REPORT)).path("rows")).isEmpty();
    }

    private static BigDecimal expenses(JsonNode report) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode row : report.path("rows")) {
            if (row.path("type").asText().equals("EXPENSE")) {
                total = total.add(new BigDecimal(row.path("total").asText()));
            }
        }
        return total;
    }

    private static double hits() {
        return MetricsIT.value(
                MetricsIT.scrape(), "tributary_report_cache_total", "report=\"byCategory\"", "outcome=\"hit\"");
    }
}
