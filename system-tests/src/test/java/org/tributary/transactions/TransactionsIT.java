package org.tributary.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tributary.importing.FileImportIT;
import org.tributary.platform.Api;

/** Cash spending typed in, and the ledger listed with its filters, as API.md describes them. */
class TransactionsIT {

    @Test
    void aCashEntryIsInTheLedgerAtOnceAndInClickHouseSoonAfter() throws Exception {
        Api user = Api.signedInUser();

        var created = user.post(
                "/api/v1/transactions/cash",
                "{\"date\":\"2024-04-02\",\"amount\":\"-12.5\",\"currency\":\"eur\",\"description\":\"Farmers market\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode transaction = json(created);
        assertThat(transaction.path("amount").asText()).isEqualTo("-12.50");
        assertThat(transaction.path("currency").asText()).isEqualTo("EUR");
        assertThat(transaction.path("type").asText()).isEqualTo("EXPENSE");
        assertThat(transaction.path("sourceKind").asText()).isEqualTo("CASH");
        assertThat(transaction.path("date").asText()).isEqualTo("2024-04-02");
        JsonNode list = json(user.get("/api/v1/transactions"));
        assertThat(list.path("total").asInt()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("id").asText())
                .isEqualTo(transaction.path("id").asText());
        String userId = json(user.get("/api/v1/me")).path("id").asText();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(FileImportIT.clickHouseSum(userId)).isEqualByComparingTo(new BigDecimal("-12.50")));
    }

    @Test
    void aCashEntryWithBadFieldsNamesEachOne() {
        var response = Api.signedInUser()
                .post(
                        "/api/v1/transactions/cash",
                        "{\"date\":\"yesterday\",\"amount\":\"1,5e3\",\"currency\":\"EURO\",\"description\":\"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("date", "amount", "currency", "description");
    }

    @Test
    void theListFiltersByPeriodTextTypeAndSourceKindAndPages() {
        Api user = Api.signedInUser();
        String csv = "Date,Description,Amount\n2024-01-05,Coffee Corner,-3.50\n2024-01-20,Salary ACME,2500.00\n"
                + "2024-02-03,Supermarket,-54.10\n2024-02-10,Coffee Corner,-4.00\n";
        FileImportIT.importAndWait(user, "ledger.csv", csv.getBytes(StandardCharsets.UTF_8));
        user.post(
                "/api/v1/transactions/cash",
                "{\"date\":\"2024-02-11\",\"amount\":\"-7.00\",\"currency\":\"EUR\",\"description\":\"Coffee stall\"}");

        assertThat(json(user.get("/api/v1/transactions")).path("total").asInt()).isEqualTo(5);
        assertThat(json(user.get("/api/v1/transactions?from=2024-02-01&to=2024-02-28"))
                        .path("total")
                        .asInt())
                .isEqualTo(3);
        assertThat(json(user.get("/api/v1/transactions?q=coffee")).path("total").asInt())
                .isEqualTo(3);
        assertThat(json(user.get("/api/v1/transactions?type=INCOME"))
                        .path("items")
                        .get(0)
                        .path("amount")
                        .asText())
                .isEqualTo("2500.00");
        assertThat(json(user.get("/api/v1/transactions?sourceKind=CASH"))
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        JsonNode page = json(user.get("/api/v1/transactions?size=2&page=1"));
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("date").asText()).isEqualTo("2024-02-03");
        assertThat(user.get("/api/v1/transactions?size=0").statusCode()).isEqualTo(400);
        assertThat(user.get("/api/v1/transactions?from=last-week").statusCode()).isEqualTo(400);
    }

    @Test
    void csvUploadedWithASourceGoesToThatSourceOnly() {
        Api user = Api.signedInUser();
        String source = json(user.post("/api/v1/sources", "{\"kind\":\"FILE\",\"name\":\"Joint account\"}"))
                .path("id")
                .asText();
        var accepted = user.upload(
                "/api/v1/imports",
                "joint.csv",
                "Date,Description,Amount\n2024-03-01,Rent,-900.00\n".getBytes(StandardCharsets.UTF_8),
                Map.of("sourceId", source));

        assertThat(accepted.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> json(user.get("/api/v1/transactions?source=" + source))
                                .path("total")
                                .asInt()
                        == 1);
        assertThat(json(user.get("/api/v1/transactions?source=" + source))
                        .path("items")
                        .get(0)
                        .path("sourceName")
                        .asText())
                .isEqualTo("Joint account");
    }
}
