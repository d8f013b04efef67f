package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tributary.importing.FileImportIT;

/**
 * Money is a JSON string in every answer (API.md): a client that reads JSON numbers as floating point would
 * read 13156.16 as 13156.15999999999985… Every GET that answers money is walked on an imported bank export;
 * the only numbers allowed are counts.
 */
class MoneyAsTextIT {

    private static final String PERIOD = "from=2023-12-01&to=2024-01-31";
    private static final Set<String> COUNTS = Set.of(
            "count",
            "page",
            "size",
            "rowsRead",
            "imported",
            "duplicates",
            "rejected",
            "skipped",
            "notHappened",
            "line",
            "rows",
            "coveredDays",
            "periodDays",
            "status");

    private static Api user;
    private static String sourceId;
    private static String transactionId;

    @BeforeAll
    static void importABankExport() throws Exception {
        user = Api.signedInUser();
        byte[] file = Files.readAllBytes(FileImportIT.corpus("csv/lloyds-ofxstatement/lloyds-uk-sample-statement.csv"));
        JsonNode run = FileImportIT.importAndWait(user, "lloyds.csv", file);
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        JsonNode first =
                json(user.get("/api/v1/transactions?" + PERIOD)).path("items").get(0);
        transactionId = first.path("id").asText();
        sourceId = first.path("sourceId").asText();
    }

    @Test
    void noAnswerCarriesMoneyAsAJsonNumber() {
        List<String> numbers = new ArrayList<>();
        walk(numbers);
        // In pounds the file's euros are converted: the answers also carry the rates used.
        assertThat(user.patch("/api/v1/me", "{\"baseCurrency\":\"GBP\"}").statusCode())
                .isEqualTo(200);
        try {
            walk(numbers);
        } finally {
            user.patch("/api/v1/me", "{\"baseCurrency\":\"EUR\"}");
        }

        assertThat(numbers).isEmpty();
    }

    private static void walk(List<String> numbers) {
        for (String path : List.of(
                "/api/v1/reports/by-category?" + PERIOD,
                "/api/v1/reports/largest?" + PERIOD,
                "/api/v1/reports/growth?from=2024-01-01&to=2024-01-31",
                "/api/v1/reports/new-merchants?" + PERIOD,
                "/api/v1/reports/balance?interval=month&" + PERIOD,
                "/api/v1/reports/highlights?" + PERIOD,
                "/api/v1/transactions?" + PERIOD,
                "/api/v1/transactions/" + transactionId,
                "/api/v1/sources",
                "/api/v1/sources/" + sourceId,
                "/api/v1/imports?source=" + sourceId,
                "/api/v1/me",
                "/api/v1/categories",
                "/api/v1/rules")) {
            var response = user.get(path);
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
            numbersIn(json(response), path, "", numbers);
        }
    }

    @Test
    void theBalanceReadsBackExactlyWhatTheLedgerHolds() {
        Map<String, BigDecimal> income = new TreeMap<>();
        Map<String, BigDecimal> expenses = new TreeMap<>();
        for (JsonNode t :
                json(user.get("/api/v1/transactions?size=100&" + PERIOD)).path("items")) {
            String month = t.path("date").asText().substring(0, 7);
            BigDecimal amount = new BigDecimal(t.path("amount").asText());
            switch (t.path("type").asText()) {
                case "INCOME" -> income.merge(month, amount, BigDecimal::add);
                case "EXPENSE" -> expenses.merge(month, amount.negate(), BigDecimal::add);
                default -> {}
            }
        }

        JsonNode rows = json(user.get("/api/v1/reports/balance?interval=month&" + PERIOD))
                .path("rows");

        assertThat(rows).hasSize(2);
        for (JsonNode row : rows) {
            String month = row.path("period").asText();
            BigDecimal in = income.getOrDefault(month, BigDecimal.ZERO);
            BigDecimal out = expenses.getOrDefault(month, BigDecimal.ZERO);
            assertThat(row.path("income").isTextual()).isTrue();
            assertThat(row.path("income").asText()).isEqualTo(text(in));
            assertThat(row.path("expenses").asText()).isEqualTo(text(out));
            assertThat(row.path("net").asText()).isEqualTo(text(in.subtract(out)));
        }
        // January 2024's payments in the file: 8.99 + 4.79 + 5975.12.
        assertThat(rows.get(1).path("expenses").asText()).isEqualTo("5988.90");
    }

    /** The contract's form: a decimal point and at least two decimals. */
    private static String text(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
    }

    private static void numbersIn(JsonNode node, String endpoint, String pointer, List<String> found) {
        if (node.isNumber()) {
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            boolean count = node.isIntegralNumber()
                    && (COUNTS.contains(field) || (pointer.equals("/total") && endpoint.contains("/transactions?")));
            if (!count) {
                found.add(endpoint + " " + pointer + " = " + node);
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> numbersIn(e.getValue(), endpoint, pointer + "/" + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                numbersIn(node.get(i), endpoint, pointer + "/" + i, found);
            }
        }
    }
}
