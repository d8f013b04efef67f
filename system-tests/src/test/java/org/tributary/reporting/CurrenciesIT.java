package org.tributary.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tributary.importing.FileImportIT;
import org.tributary.platform.Api;

/**
 * Euro, Swiss franc and US dollar transactions add up to the hand-converted sum with the ECB's reference
 * rates of the bundled history (no network), in euro and, after a change of base currency, in dollars; a
 * currency the ECB publishes no rate for (VND) is shown as such, never as zero — in the report and in its
 * file. Decision 25.
 */
public class CurrenciesIT {

    static final String PERIOD = "from=2026-03-01&to=2026-04-30";

    /**
     * The ECB's rates (units per euro) these amounts were chosen for, from the bundle: Tue 2026-03-10 USD
     * 1.1641, CHF 0.9027; Fri 2026-03-13 USD 1.1476 (Saturday 03-14 takes it); Thu 2026-04-02 USD 1.1525, CHF
     * 0.9213 (Easter Monday 04-06 takes it: Good Friday and Easter Monday have no rates).
     */
    public static final String STATEMENT = """
            Date,Description,Amount,Currency
            2026-03-10,LIDL 4711 BERLIN,-40.00,EUR
            2026-03-10,MIGROS ZUERICH,-90.27,CHF
            2026-03-10,WHOLE FOODS MARKET NYC,-116.41,USD
            2026-03-14,WALGREENS 5TH AVE,-57.38,USD
            2026-04-06,SBB CFF FFS BILLETT,-92.13,CHF
            2026-03-11,PHO HANOI SAIGON,-250000.00,VND
            2026-03-25,SALARY ACME GMBH,2500.00,EUR
            """;

    /** Each payment in euro by hand: 90.27 / 0.9027, 116.41 / 1.1641, 57.38 / 1.1476, 92.13 / 0.9213. */
    static final Map<String, BigDecimal> IN_EURO = Map.of(
            "LIDL 4711 BERLIN", new BigDecimal("40.00"),
            "MIGROS ZUERICH", new BigDecimal("100.00"),
            "WHOLE FOODS MARKET NYC", new BigDecimal("100.00"),
            "WALGREENS 5TH AVE", new BigDecimal("50.00"),
            "SBB CFF FFS BILLETT", new BigDecimal("100.00"));

    /**
     * The same in dollars: 40.00 × 1.1641 = 46.564 → 46.56; 90.27 × 1.1641 / 0.9027 = 116.41; 116.41 and
     * 57.38 stay; 92.13 × 1.1525 / 0.9213 = 115.25.
     */
    static final Map<String, BigDecimal> IN_DOLLARS = Map.of(
            "LIDL 4711 BERLIN", new BigDecimal("46.56"),
            "MIGROS ZUERICH", new BigDecimal("116.41"),
            "WHOLE FOODS MARKET NYC", new BigDecimal("116.41"),
            "WALGREENS 5TH AVE", new BigDecimal("57.38"),
            "SBB CFF FFS BILLETT", new BigDecimal("115.25"));

    @Test
    void totalsAreTheHandConvertedSumAndWhatHasNoRateIsShownAsSuch() throws Exception {
        Api user = Api.signedInUser();
        ReportsIT.assertCompleted(
                FileImportIT.importAndWait(user, "currencies.csv", STATEMENT.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> categoryOf = categories(user);

        JsonNode inEuro = json(user.get("/api/v1/reports/by-category?" + PERIOD));
        assertThat(inEuro.path("currency").asText()).isEqualTo("EUR");
        assertThat(expenses(inEuro)).isEqualTo(expected(IN_EURO, categoryOf));
        assertThat(sum(expenses(inEuro))).isEqualByComparingTo("390.00");
        assertThat(notConverted(inEuro)).isEqualTo(Map.of(categoryOf.get("PHO HANOI SAIGON"), "VND 250000.00"));
        assertThat(inEuro.path("missingRates").findValuesAsText("currency")).containsExactly("VND");
        assertThat(inEuro.path("rates").findValuesAsText("source")).containsOnly("ECB");
        assertThat(incomes(inEuro)).containsEntry(categoryOf.get("SALARY ACME GMBH"), new BigDecimal("2500.00"));

        assertThat(exported(user)).isEqualTo(withVnd(expenses(inEuro), categoryOf));

        assertThat(user.patch("/api/v1/me", "{\"baseCurrency\":\"USD\"}").statusCode())
                .isEqualTo(200);
        JsonNode inDollars = json(user.get("/api/v1/reports/by-category?" + PERIOD));
        assertThat(inDollars.path("currency").asText()).isEqualTo("USD");
        assertThat(expenses(inDollars)).isEqualTo(expected(IN_DOLLARS, categoryOf));
        assertThat(sum(expenses(inDollars))).isEqualByComparingTo("452.01");
        assertThat(notConverted(inDollars)).isEqualTo(Map.of(categoryOf.get("PHO HANOI SAIGON"), "VND 250000.00"));
    }

    /** Description → category, as the importer chose them (the test does not guess the categoriser). */
    static Map<String, String> categories(Api user) {
        JsonNode page = json(user.get("/api/v1/transactions?" + PERIOD + "&size=50"));
        Map<String, String> categories = new HashMap<>();
        page.path("items")
                .forEach(t -> categories.put(
                        t.path("description").asText(), t.path("category").asText()));
        assertThat(categories).hasSize(7);
        return categories;
    }

    static Map<String, BigDecimal> expected(Map<String, BigDecimal> byDescription, Map<String, String> categoryOf) {
        Map<String, BigDecimal> byCategory = new TreeMap<>();
        byDescription.forEach(
                (description, amount) -> byCategory.merge(categoryOf.get(description), amount, BigDecimal::add));
        return normalised(byCategory);
    }

    static Map<String, BigDecimal> expenses(JsonNode report) {
        return totals(report, "EXPENSE");
    }

    static Map<String, BigDecimal> incomes(JsonNode report) {
        return totals(report, "INCOME");
    }

    private static Map<String, BigDecimal> totals(JsonNode report, String type) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        report.path("rows").forEach(row -> {
            BigDecimal total = new BigDecimal(row.path("total").asText());
            if (row.path("type").asText().equals(type) && total.signum() != 0) {
                totals.put(row.path("category").asText(), total);
            }
        });
        return normalised(totals);
    }

    private static Map<String, String> notConverted(JsonNode report) {
        Map<String, String> amounts = new TreeMap<>();
        report.path("rows")
                .forEach(row -> row.path("notConverted")
                        .forEach(a -> amounts.put(
                                row.path("category").asText(),
                                a.path("currency").asText() + " "
                                        + new BigDecimal(a.path("amount").asText())
                                                .setScale(2)
                                                .toPlainString())));
        return amounts;
    }

    private static BigDecimal sum(Map<String, BigDecimal> totals) {
        return totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, BigDecimal> normalised(Map<String, BigDecimal> totals) {
        Map<String, BigDecimal> scaled = new TreeMap<>();
        totals.forEach((k, v) -> scaled.put(k, v.setScale(2)));
        return scaled;
    }

    /** The by-category CSV's money-out rows: category → "total" or "total + VND …". */
    private static Map<String, String> exported(Api user) throws Exception {
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        user.request("/api/v1/reports/by-category/export?format=csv&" + PERIOD)
                                .header("Cookie", "access_token=" + user.token())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        byte[] body = response.body();
        List<String[]> rows;
        try (CSVReader csv = new CSVReader(
                new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8))) {
            rows = csv.readAll();
        }
        assertThat(rows.get(0))
                .containsExactly("Type", "Category", "Total", "Transactions", "Not converted (no exchange rate)");
        Map<String, String> exported = new TreeMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            if (row[0].equals("Money out")) {
                exported.put(row[1], new BigDecimal(row[2]).setScale(2) + (row[4].isEmpty() ? "" : " + " + row[4]));
            }
        }
        return exported;
    }

    private static Map<String, String> withVnd(Map<String, BigDecimal> totals, Map<String, String> categoryOf) {
        Map<String, String> expected = new TreeMap<>();
        totals.forEach((category, total) -> expected.put(category, total.toPlainString()));
        expected.merge(categoryOf.get("PHO HANOI SAIGON"), "0.00 + VND 250000.00", (a, b) -> a + " + VND 250000.00");
        return expected;
    }
}
