package org.tributary.categorising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.importing.FileImportIT.importAndWait;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * Categories: built-in rules on import, a user's change applied to a
 * merchant's transactions and learnt as a rule that wins over the built-in ones on the next import, and
 * ClickHouse rewritten before the change is answered.
 */
class RecategorisingIT {

    private static final String STATEMENT = """
            Date,Description,Amount
            2024-05-02,LIDL 4711 BERLIN,-23.10
            2024-05-09,LIDL 4711 BERLIN,-31.45
            2024-05-10,Zorblax Hobby Supplies,-80.00
            2024-05-20,Zorblax Hobby Supplies,-15.00
            """;

    @Test
    void aChangeAppliedToTheMerchantRewritesItsTransactionsTheReportsAndTheNextImport() throws Exception {
        Api user = Api.signedInUser();
        String userId = json(user.get("/api/v1/me")).path("id").asText();
        JsonNode run = importAndWait(user, "may.csv", STATEMENT.getBytes(StandardCharsets.UTF_8));
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        Map<String, String> before = categoriesByDescription(user);
        assertThat(before).containsEntry("LIDL 4711 BERLIN", "Groceries");
        assertThat(before.get("Zorblax Hobby Supplies")).as("no rule knows it").isNotEqualTo("Hobbies");
        String hobby = idOf(user, "Zorblax Hobby Supplies");

        var changed = user.patch("/api/v1/transactions/" + hobby, "{\"category\":\"Hobbies\",\"applyToSimilar\":true}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).path("category").asText()).isEqualTo("Hobbies");
        assertThat(categoriesByDescription(user)).containsEntry("Zorblax Hobby Supplies", "Hobbies");
        assertThat(json(user.get("/api/v1/transactions?category=Hobbies"))
                        .path("total")
                        .asInt())
                .isEqualTo(2);
        assertThat(clickHouseTotal(userId, "Hobbies"))
                .as("ClickHouse rewritten before the answer")
                .isEqualByComparingTo("-95.00");
        assertThat(json(user.get("/api/v1/categories")).findValuesAsText("name"))
                .contains("Groceries", "Hobbies", "Uncategorised");

        JsonNode june = importAndWait(
                user,
                "june.csv",
                "Date,Description,Amount\n2024-06-03,Zorblax Hobby Supplies,-42.00\n".getBytes(StandardCharsets.UTF_8));

        assertThat(june.path("imported").asInt()).isEqualTo(1);
        assertThat(json(user.get("/api/v1/transactions?category=Hobbies"))
                        .path("total")
                        .asInt())
                .as("the learnt rule categorises the new row")
                .isEqualTo(3);
    }

    @Test
    void aSingleChangeLeavesTheMerchantsOtherTransactionsAlone() {
        Api user = Api.signedInUser();
        importAndWait(user, "may.csv", STATEMENT.getBytes(StandardCharsets.UTF_8));
        String lidl = idOf(user, "LIDL 4711 BERLIN");

        var changed = user.patch("/api/v1/transactions/" + lidl, "{\"category\":\"Party\"}");

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(user.get("/api/v1/transactions?category=Party"))
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(json(user.get("/api/v1/transactions?category=Groceries"))
                        .path("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void anotherUsersTransactionCannotBeChangedAndABlankCategoryIsRefused() {
        Api alice = Api.signedInUser();
        Api bob = Api.signedInUser();
        importAndWait(alice, "may.csv", STATEMENT.getBytes(StandardCharsets.UTF_8));
        String id = idOf(alice, "LIDL 4711 BERLIN");

        assertThat(bob.patch("/api/v1/transactions/" + id, "{\"category\":\"Mine\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(alice.patch("/api/v1/transactions/" + id, "{\"category\":\"  \"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(categoriesByDescription(alice)).containsEntry("LIDL 4711 BERLIN", "Groceries");
    }

    private static Map<String, String> categoriesByDescription(Api user) {
        Map<String, String> categories = new LinkedHashMap<>();
        json(user.get("/api/v1/transactions?size=100"))
                .path("items")
                .forEach(item -> categories.put(
                        item.path("description").asText(), item.path("category").asText()));
        return categories;
    }

    private static String idOf(Api user, String description) {
        for (JsonNode item : json(user.get("/api/v1/transactions?size=100")).path("items")) {
            if (item.path("description").asText().equals(description)) {
                return item.path("id").asText();
            }
        }
        throw new AssertionError("no transaction " + description);
    }

    private static BigDecimal clickHouseTotal(String userId, String category) throws Exception {
        try (var ch = SystemUnderTest.clickHouse();
                PreparedStatement query = ch.prepareStatement("SELECT sum(amount) FROM "
                        + SystemUnderTest.clickHouseDatabase()
                        + ".ledger FINAL WHERE user_id = ? AND category = ? AND deleted = 0")) {
            query.setString(1, userId);
            query.setString(2, category);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBigDecimal(1) == null ? BigDecimal.ZERO : row.getBigDecimal(1);
            }
        }
    }
}
