package org.tributary.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;

/**
 * The tips besides regular payments (issue 16): groceries growing against their usual month, bank fees, cash that
 * leaves spending unknown, a large one-off payment and two video subscriptions at once, on a generated ledger up to
 * 15 October 2025; each one's effect follows from its evidence, whose payments are the person's own.
 */
class TipKindsIT {

    private static final LocalDate LAST = LocalDate.of(2025, 10, 15);

    static String ledger() {
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int month = 1; month <= 10; month++) {
            line(csv, LocalDate.of(2025, month, 1), "LANDLORD KARL MEIER", "-950.00");
            line(csv, LocalDate.of(2025, month, 9), "SALARY ACME GMBH", "3200.00");
            line(csv, LocalDate.of(2025, month, 12), "NETFLIX.COM", "-12.99");
            line(csv, LocalDate.of(2025, month, 14), "DISNEY PLUS", "-8.99");
            line(csv, LocalDate.of(2025, month, 8), "ACCOUNT MAINTENANCE FEE", "-4.90");
            if (month <= 9) {
                // Groceries: 200 a month until August, 400 in September.
                String each = month == 9 ? "-100.00" : "-50.00";
                for (int week = 0; week < 4; week++) {
                    line(csv, LocalDate.of(2025, month, 3 + 7 * week), "REWE MARKT 0815", each);
                }
            }
        }
        line(csv, LocalDate.of(2025, 8, 5), "ATM WITHDRAWAL CITY CENTRE", "-200.00");
        line(csv, LocalDate.of(2025, 10, 2), "ATM WITHDRAWAL CITY CENTRE", "-150.00");
        line(csv, LocalDate.of(2025, 10, 10), "DESIGNER SOFA GMBH", "-900.00");
        line(csv, LAST, "REWE MARKT 0815", "-30.00");
        return csv.toString();
    }

    @Test
    void eachKindOfTipRestsOnEvidenceThatAddsUp() {
        Api user = Api.signedInUser();
        user.importCompleted("tips.csv", ledger().getBytes(StandardCharsets.UTF_8));
        categorise(user, "ACCOUNT MAINTENANCE FEE", "Fees and interest");
        categorise(user, "ATM WITHDRAWAL CITY CENTRE", "Cash");
        categorise(user, "DESIGNER SOFA GMBH", "Shopping");
        categorise(user, "REWE MARKT 0815", "Groceries");

        JsonNode advice = json(user.get("/api/v1/recommendations"));

        JsonNode growth = only(advice, "category-growth");
        assertThat(growth.path("title").asText()).startsWith("Groceries grew by €200.00");
        assertThat(money(growth.path("evidence").get(0), "amount")).isEqualByComparingTo("200.00");
        assertThat(money(growth.path("evidence").get(1), "amount")).isEqualByComparingTo("400.00");
        assertThat(money(growth, "impact")).isEqualByComparingTo("2400.00"); // (400 - 200) x 12
        assertThat(sumOf(user, growth.path("evidence").get(1).path("transactionIds")))
                .isEqualByComparingTo("400.00");

        JsonNode fees = only(advice, "fees");
        assertThat(money(fees, "impact")).isEqualByComparingTo("49.00"); // ten months of 4.90
        assertThat(sumOf(user, fees.path("evidence").get(0).path("transactionIds")))
                .isEqualByComparingTo("49.00");

        JsonNode cash = only(advice, "cash");
        assertThat(money(cash.path("evidence").get(0), "amount")).isEqualByComparingTo("350.00");
        assertThat(sumOf(user, cash.path("evidence").get(0).path("transactionIds")))
                .isEqualByComparingTo("350.00");

        JsonNode sofa = only(advice, "large-one-off");
        assertThat(money(sofa, "impact")).isEqualByComparingTo("900.00");
        assertThat(sumOf(user, sofa.path("evidence").get(0).path("transactionIds")))
                .isEqualByComparingTo("900.00");

        JsonNode two = only(advice, "two-of-a-kind");
        assertThat(two.path("title").asText()).isEqualTo("2 video streaming subscriptions at once");
        assertThat(two.path("evidence")).hasSize(2);
        assertThat(money(two, "impact")).as("the cheaper one's year").isEqualByComparingTo("107.88");
        for (JsonNode evidence : two.path("evidence")) {
            assertThat(evidence.path("transactionIds"))
                    .as("a year of payments at its price")
                    .hasSize(10);
            for (JsonNode id : evidence.path("transactionIds")) {
                assertThat(new BigDecimal(json(user.get("/api/v1/transactions/" + id.asText()))
                                        .path("amount")
                                        .asText())
                                .negate())
                        .isEqualByComparingTo(money(evidence, "amount"));
            }
        }

        assertThat(StreamSupport.stream(advice.spliterator(), false)
                        .map(r -> money(r, "impact"))
                        .toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private static void categorise(Api user, String description, String category) {
        JsonNode page = json(
                user.get("/api/v1/transactions?size=1&q=" + URLEncoder.encode(description, StandardCharsets.UTF_8)));
        String id = page.path("items").get(0).path("id").asText();
        var changed =
                user.patch("/api/v1/transactions/" + id, "{\"category\":\"" + category + "\",\"applyToSimilar\":true}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    private static BigDecimal sumOf(Api user, JsonNode ids) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode id : ids) {
            sum = sum.add(new BigDecimal(json(user.get("/api/v1/transactions/" + id.asText()))
                    .path("amount")
                    .asText()));
        }
        return sum.negate();
    }

    private static JsonNode only(JsonNode advice, String kind) {
        List<JsonNode> found = StreamSupport.stream(advice.spliterator(), false)
                .filter(r -> r.path("kind").asText().equals(kind))
                .toList();
        assertThat(found).as(kind + " in " + advice).hasSize(1);
        return found.get(0);
    }

    private static BigDecimal money(JsonNode node, String field) {
        return new BigDecimal(node.path(field).asText());
    }

    private static void line(StringBuilder csv, LocalDate day, String description, String amount) {
        csv.append(day)
                .append(',')
                .append(description)
                .append(',')
                .append(amount)
                .append('\n');
    }
}
