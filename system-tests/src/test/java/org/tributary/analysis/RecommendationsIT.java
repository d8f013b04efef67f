package org.tributary.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;

/**
 * Advice from the generated year of {@link RecurringPaymentsIT}: the price rise and each subscription still paid,
 * with their evidence adding up to their yearly effect and naming real transactions of the person; money left over,
 * equal to the balance report's months; the largest effect first; in the account's language; a dismissal
 * remembered, a snooze whose day has passed not (issue 16).
 */
class RecommendationsIT {

    @Test
    void theFiguresOfEachPieceOfAdviceAddUpAndADismissalIsRemembered() {
        Api user = Api.signedInUser();
        user.importCompleted("year.csv", RecurringPaymentsIT.year().getBytes(StandardCharsets.UTF_8));
        String netflix = merchantOf(user, "NETFLIX.COM");
        String spotify = merchantOf(user, "SPOTIFY AB");
        String amazon = merchantOf(user, "AMAZON PRIME");

        JsonNode advice = json(user.get("/api/v1/recommendations"));

        JsonNode rise = only(advice, "price-rise", netflix);
        assertThat(money(rise, "impact")).isEqualByComparingTo("30.00"); // (15.49 - 12.99) x 12
        assertThat(rise.path("currency").asText()).isEqualTo("EUR");
        assertThat(rise.path("title").asText()).isEqualTo(netflix + " now costs €15.49");
        assertThat(money(rise.path("evidence").get(0), "amount")).isEqualByComparingTo("12.99");
        assertThat(money(rise.path("evidence").get(1), "amount")).isEqualByComparingTo("15.49");
        assertThat(rise.path("evidence").get(0).path("transactionIds")).hasSize(6);
        assertThat(rise.path("evidence").get(1).path("transactionIds")).hasSize(6);
        assertPaidTo(user, rise.path("evidence").get(1).path("transactionIds"), "15.49");

        for (String[] subscription : new String[][] {
            {netflix, "15.49", "12", "6"}, {spotify, "10.99", "12", "12"}, {amazon, "89.00", "1", "2"}
        }) {
            JsonNode found = only(advice, "subscription", subscription[0]);
            JsonNode evidence = found.path("evidence").get(0);
            assertThat(money(evidence, "amount")).isEqualByComparingTo(subscription[1]);
            assertThat(money(found, "impact"))
                    .as("a year of it")
                    .isEqualByComparingTo(new BigDecimal(subscription[1]).multiply(new BigDecimal(subscription[2])));
            assertThat(evidence.path("transactionIds")).hasSize(Integer.parseInt(subscription[3]));
            assertPaidTo(user, evidence.path("transactionIds"), subscription[1]);
        }

        JsonNode months = json(user.get("/api/v1/reports/balance?from=2025-09-01&to=2025-11-30&interval=month"));
        BigDecimal leftOver = BigDecimal.ZERO;
        for (JsonNode month : months.path("rows")) {
            leftOver = leftOver.add(new BigDecimal(month.path("net").asText()));
        }
        Optional<JsonNode> saving = ofKind(advice, "left-over").stream().findFirst();
        if (leftOver.signum() > 0) {
            assertThat(money(saving.orElseThrow(), "impact"))
                    .isEqualByComparingTo(leftOver.multiply(BigDecimal.valueOf(4)));
            BigDecimal evidence = BigDecimal.ZERO;
            for (JsonNode month : saving.get().path("evidence")) {
                evidence = evidence.add(new BigDecimal(month.path("amount").asText()));
            }
            assertThat(evidence).isEqualByComparingTo(leftOver);
        } else {
            assertThat(saving).as("nothing left over in Sep-Nov: " + leftOver).isEmpty();
        }

        List<BigDecimal> impacts = new ArrayList<>();
        advice.forEach(r -> impacts.add(new BigDecimal(r.path("impact").asText())));
        assertThat(impacts).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        String spotifyId = only(advice, "subscription", spotify).path("id").asText();
        String amazonId = only(advice, "subscription", amazon).path("id").asText();
        assertThat(user.post("/api/v1/recommendations/" + spotifyId + "/dismiss", "{}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(user.post("/api/v1/recommendations/" + amazonId + "/dismiss", "{\"until\":\"2020-01-01\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(user.post("/api/v1/recommendations/" + UUID.randomUUID() + "/dismiss", "{}")
                        .statusCode())
                .isEqualTo(404);
        JsonNode afterwards = json(user.get("/api/v1/recommendations"));
        assertThat(ofKind(afterwards, "subscription"))
                .extracting(r -> r.path("id").asText())
                .doesNotContain(spotifyId)
                .as("a snooze whose day has passed")
                .contains(amazonId);
        assertThat(Api.signedInUser()
                        .post("/api/v1/recommendations/" + amazonId + "/dismiss", "{}")
                        .statusCode())
                .as("another person's recommendation")
                .isEqualTo(404);

        assertThat(user.patch("/api/v1/me", "{\"locale\":\"ru\"}").statusCode()).isEqualTo(200);
        JsonNode inRussian = json(user.get("/api/v1/recommendations"));
        assertThat(only(inRussian, "subscription", netflix).path("title").asText())
                .isEqualTo("Всё ещё пользуетесь " + netflix + "?");
        assertThat(only(inRussian, "price-rise", netflix).path("detail").asText())
                .contains("15,49");
    }

    private static void assertPaidTo(Api user, JsonNode ids, String amount) {
        for (JsonNode id : ids) {
            JsonNode transaction = json(user.get("/api/v1/transactions/" + id.asText()));
            assertThat(new BigDecimal(transaction.path("amount").asText()).negate())
                    .isEqualByComparingTo(amount);
        }
    }

    private static JsonNode only(JsonNode advice, String kind, String merchant) {
        List<JsonNode> found = ofKind(advice, kind).stream()
                .filter(r -> r.path("title").asText().contains(merchant))
                .toList();
        assertThat(found).as(kind + " of " + merchant + " in " + advice).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> ofKind(JsonNode advice, String kind) {
        return StreamSupport.stream(advice.spliterator(), false)
                .filter(r -> r.path("kind").asText().equals(kind))
                .toList();
    }

    private static BigDecimal money(JsonNode node, String field) {
        return new BigDecimal(node.path(field).asText());
    }

    private static String merchantOf(Api user, String description) {
        JsonNode page = json(user.get(
                "/api/v1/transactions?size=1&q=" + java.net.URLEncoder.encode(description, StandardCharsets.UTF_8)));
        return page.path("items").get(0).path("merchant").asText();
    }
}
