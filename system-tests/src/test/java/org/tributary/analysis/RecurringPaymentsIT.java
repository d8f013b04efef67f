package org.tributary.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;

/**
 * A generated year (and a bit) of a household with known regular payments among a supermarket's irregular visits,
 * a monthly salary and a hundred one-off shops: every regular payment is found with its cadence, price, price
 * change, next date and whether it is still paid, and nothing else is (issue 16).
 */
public class RecurringPaymentsIT {

    @Test
    void everyRegularPaymentIsFoundAndNothingElse() {
        Api user = Api.signedInUser();
        user.importCompleted("year.csv", year().getBytes(StandardCharsets.UTF_8));

        var response = user.get("/api/v1/recurring");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> found = new ArrayList<>();
        for (JsonNode payment : json(response)) {
            found.add(String.join(
                    " | ",
                    payment.path("merchant").asText(),
                    payment.path("cadence").asText(),
                    payment.path("amount").asText(),
                    payment.path("currency").asText(),
                    payment.path("lastDate").asText(),
                    payment.path("nextDate").asText(),
                    payment.path("yearlyTotal").asText(),
                    payment.path("active").asText(),
                    changes(payment.path("priceChanges"))));
        }

        assertThat(found)
                .containsExactly(
                        merchantOf(user, "LANDLORD KARL MEIER")
                                + " | MONTHLY | 950.00 | EUR | 2025-12-01 | 2026-01-01 | 11400.00 | true | ",
                        merchantOf(user, "ALLIANZ VERSICHERUNG")
                                + " | QUARTERLY | 120.00 | EUR | 2025-10-06 | 2026-01-06 | 480.00 | true | ",
                        merchantOf(user, "FITNESS FIRST")
                                + " | WEEKLY | 9.00 | EUR | 2025-12-29 | 2026-01-05 | 468.00 | true | ",
                        merchantOf(user, "NETFLIX.COM")
                                + " | MONTHLY | 15.49 | EUR | 2025-12-15 | 2026-01-15 | 185.88 | true"
                                + " | 2025-07-15 12.99>15.49",
                        merchantOf(user, "SPOTIFY AB")
                                + " | MONTHLY | 10.99 | EUR | 2025-12-03 | 2026-01-03 | 131.88 | true | ",
                        merchantOf(user, "AMAZON PRIME")
                                + " | YEARLY | 89.00 | EUR | 2025-03-10 | 2026-03-10 | 89.00 | true | ",
                        merchantOf(user, "DISNEY PLUS")
                                + " | MONTHLY | 8.99 | EUR | 2025-05-20 | 2025-06-20 | 107.88 | false | ");
        assertThat(json(Api.signedInUser().get("/api/v1/recurring")))
                .as("another person's")
                .isEmpty();
    }

    /** The merchant the importer made of a description (the test does not guess the cleaner). */
    private static String merchantOf(Api user, String description) {
        JsonNode page = json(user.get(
                "/api/v1/transactions?size=1&q=" + java.net.URLEncoder.encode(description, StandardCharsets.UTF_8)));
        assertThat(page.path("items")).as(description).isNotEmpty();
        return page.path("items").get(0).path("merchant").asText();
    }

    private static String changes(JsonNode changes) {
        List<String> words = new ArrayList<>();
        changes.forEach(c -> words.add(c.path("date").asText() + " "
                + c.path("from").asText() + ">" + c.path("to").asText()));
        return String.join(", ", words);
    }

    /** The statement: each payment a line, in no particular order; merchants are what the descriptions say. */
    public static String year() {
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        Random random = new Random(16);
        for (int month = 1; month <= 12; month++) {
            line(csv, LocalDate.of(2025, month, 1), "LANDLORD KARL MEIER", "-950.00");
            line(csv, LocalDate.of(2025, month, 15), "NETFLIX.COM", month < 7 ? "-12.99" : "-15.49");
            line(csv, LocalDate.of(2025, month, 3), "SPOTIFY AB", "-10.99");
            line(csv, LocalDate.of(2025, month, 25), "SALARY ACME GMBH", "3200.00");
            if (month <= 5) {
                line(csv, LocalDate.of(2025, month, 20), "DISNEY PLUS", "-8.99");
            }
        }
        for (LocalDate monday = LocalDate.of(2025, 1, 6); monday.getYear() == 2025; monday = monday.plusWeeks(1)) {
            line(csv, monday, "FITNESS FIRST", "-9.00");
        }
        for (LocalDate day : List.of(
                LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 4, 7),
                LocalDate.of(2025, 7, 7),
                LocalDate.of(2025, 10, 6))) {
            line(csv, day, "ALLIANZ VERSICHERUNG", "-120.00");
        }
        line(csv, LocalDate.of(2024, 3, 11), "AMAZON PRIME", "-89.00");
        line(csv, LocalDate.of(2025, 3, 10), "AMAZON PRIME", "-89.00");
        // The supermarket: two or three visits a week, for anything between 5 and 95 euros.
        for (LocalDate day = LocalDate.of(2025, 1, 2);
                day.getYear() == 2025;
                day = day.plusDays(2 + random.nextInt(3))) {
            line(
                    csv,
                    day,
                    "REWE MARKT 0815",
                    String.format(Locale.ROOT, "-%d.%02d", 5 + random.nextInt(90), random.nextInt(100)));
        }
        for (int shop = 0; shop < 100; shop++) {
            line(
                    csv,
                    LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)),
                    "BOUTIQUE NUMBER " + shop,
                    String.format(Locale.ROOT, "-%d.%02d", 3 + random.nextInt(300), random.nextInt(100)));
        }
        line(csv, LocalDate.of(2025, 12, 31), "KIOSK AM BAHNHOF", "-4.20");
        return csv.toString();
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
