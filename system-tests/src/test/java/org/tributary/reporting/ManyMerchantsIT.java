package org.tributary.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tributary.importing.FileImportIT;
import org.tributary.platform.Api;

/**
 * A real ledger has thousands of merchants (a long tail of shops visited once). Growth and the highlights
 * handed the merchants to ClickHouse as literals, one per merchant, and at about 9,000 merchants of real
 * length the query passed ClickHouse's maximum query size (256 KiB on 18.16): the report answered 503
 * (issue 14). Here 9,000 merchants with names of 40-odd characters each pay in June 2023, February 2024 and
 * March 2024: half of them more in March than in February.
 */
class ManyMerchantsIT {

    private static final int MERCHANTS = 9_000;

    static Api user;

    @BeforeAll
    static void importNineThousandMerchants() {
        user = Api.signedInUser();
        StringBuilder csv = new StringBuilder("Date,Description,Amount,Currency\n");
        for (int i = 0; i < MERCHANTS; i++) {
            String merchant = name(i);
            String day = String.format("%02d", 1 + i % 28);
            csv.append("2023-06-").append(day).append(',').append(merchant).append(",-10.00,EUR\n");
            csv.append("2024-02-").append(day).append(',').append(merchant).append(",-10.00,EUR\n");
            csv.append("2024-03-")
                    .append(day)
                    .append(',')
                    .append(merchant)
                    .append(i % 2 == 0 ? ",-25.00,EUR\n" : ",-5.00,EUR\n");
        }
        ReportsIT.assertCompleted(
                FileImportIT.importAndWait(user, "long-tail.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void growthAnswersWithTheMerchantsAndPaymentsThatGrew() {
        HttpResponse<String> response = user.get("/api/v1/reports/growth?from=2024-03-01&to=2024-03-31");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode growth = json(response);
        assertThat(growth.path("earlierData").path("comparison").asText()).isEqualTo("PART_SCALED");
        BigDecimal previous = new BigDecimal("10.00")
                .multiply(BigDecimal.valueOf(31))
                .divide(BigDecimal.valueOf(29), 2, java.math.RoundingMode.HALF_EVEN);
        Set<String> merchants = new HashSet<>();
        for (JsonNode row : growth.path("rows")) {
            if (!row.path("merchant").isNull() && !row.path("merchant").isMissingNode()) {
                merchants.add(row.path("merchant").asText());
                // February's 10.00 scaled to the 31 days before March (30 January to 29 February; data from 1
                // February).
                assertThat(new BigDecimal(row.path("current").asText())).isEqualByComparingTo("25.00");
                assertThat(new BigDecimal(row.path("previous").asText())).isEqualByComparingTo(previous);
                assertThat(new BigDecimal(row.path("delta").asText()))
                        .isEqualByComparingTo(new BigDecimal("25.00").subtract(previous));
            }
        }
        assertThat(merchants).hasSize(20);
        JsonNode larger = growth.path("transactions");
        assertThat(larger).hasSize(50);
        for (JsonNode payment : larger) {
            assertThat(new BigDecimal(payment.path("amount").asText())).isEqualByComparingTo("-25.00");
            assertThat(payment.path("date").asText()).startsWith("2024-03-");
        }
    }

    @Test
    void highlightsFindTheFirstVisitsAfterALongGapAmongThousandsOfMerchants() {
        HttpResponse<String> response = user.get("/api/v1/reports/highlights?from=2024-02-01&to=2024-02-29");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        int afterGaps = 0;
        for (JsonNode row : json(response).path("rows")) {
            if (row.path("kind").asText().equals("AFTER_LONG_GAP")) {
                afterGaps++;
                assertThat(row.path("transaction").path("date").asText()).startsWith("2024-02-0");
            }
        }
        assertThat(afterGaps).isEqualTo(20);
    }

    @Test
    void newMerchantsCountsEveryOneOfThem() {
        HttpResponse<String> response = user.get("/api/v1/reports/new-merchants?from=2023-06-01&to=2023-06-30");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("rows")).hasSize(MERCHANTS);
    }

    /**
     * A made-up restaurant: four words of ten letters, no digits (the importer drops numbers from merchant names),
     * the first spelling the number in base 26, so no two share a name; "Restaurant" lets the import categorise
     * them all at once, so they leave no work on ml-categorise for the tests that come after.
     */
    static String name(int number) {
        StringBuilder name = new StringBuilder();
        for (int word = 0; word < 4; word++) {
            long value = word == 0 ? number : (number * 7919L + word * 104_729L) % 141_167_095_653_376L;
            name.append(word == 0 ? "" : " ");
            for (int letter = 0; letter < 10; letter++) {
                char c = (char) ('a' + value % 26);
                name.append(letter == 0 ? Character.toUpperCase(c) : c);
                value /= 26;
            }
        }
        return name.append(" Restaurant").toString();
    }
}
