package org.tributary.categorising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * Built-in categories are stored by key and named in the caller's language (decision 26); V13 turns the English
 * names an older ledger holds into those keys.
 */
class CategoryKeysIT {

    private static final Path V13 = Path.of("../persistence/src/main/resources/db/migration/V13__category_keys.sql");

    @Test
    void categoriesAreNamedInTheAccountsLanguageAndStoredByKey() throws Exception {
        Api user = Api.signedInUser();
        assertThat(name(user, "groceries")).isEqualTo("Groceries");
        assertThat(user.patch("/api/v1/me", "{\"locale\":\"ru\"}").statusCode()).isEqualTo(200);
        assertThat(name(user, "groceries")).isEqualTo("Продукты");
        assertThat(name(user, "eating-out")).isEqualTo("Кафе и рестораны");

        // A Russian name in, the key stored, the Russian name out.
        JsonNode cash = json(user.post(
                "/api/v1/transactions/cash",
                "{\"date\":\"2024-05-02\",\"amount\":\"-7.25\",\"currency\":\"EUR\",\"description\":\"Рынок\","
                        + "\"category\":\"продукты\"}"));
        assertThat(cash.path("category").asText()).isEqualTo("Продукты");
        assertThat(cash.path("categoryId").asText()).isEqualTo("groceries");
        assertThat(stored(cash.path("id").asText())).isEqualTo("groceries");

        // An English name, or the key, is the same category; a made-up one stays as typed.
        String id = cash.path("id").asText();
        JsonNode changed = json(user.patch("/api/v1/transactions/" + id, "{\"category\":\"Eating out\"}"));
        assertThat(changed.path("category").asText()).isEqualTo("Кафе и рестораны");
        assertThat(stored(id)).isEqualTo("eating-out");
        json(user.patch("/api/v1/transactions/" + id, "{\"category\":\"Корм для собаки\"}"));
        assertThat(stored(id)).isEqualTo("Корм для собаки");
        assertThat(json(user.get("/api/v1/transactions?category=" + enc("Корм для собаки")))
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        user.patch("/api/v1/transactions/" + id, "{\"category\":\"groceries\"}");
        assertThat(json(user.get("/api/v1/transactions?category=" + enc("Продукты")))
                        .path("total")
                        .asInt())
                .as("a filter by the Russian name finds the key")
                .isEqualTo(1);
    }

    @Test
    void theMigrationTurnsOldNamesIntoKeysAndLeavesMadeUpOnes() throws Exception {
        Api user = Api.signedInUser();
        String id = json(user.post(
                        "/api/v1/transactions/cash",
                        "{\"date\":\"2024-05-03\",\"amount\":\"-3.10\",\"currency\":\"EUR\",\"description\":\"Kiosk\"}"))
                .path("id")
                .asText();
        String other = json(user.post(
                        "/api/v1/transactions/cash",
                        "{\"date\":\"2024-05-04\",\"amount\":\"-4.10\",\"currency\":\"EUR\",\"description\":\"Vet\"}"))
                .path("id")
                .asText();
        String script = Files.readString(V13);
        try (Connection db = SystemUnderTest.postgres()) {
            db.setAutoCommit(false);
            try {
                // The ledger as it was before V13: English names, a name typed in Russian, one made up.
                execute(
                        db,
                        "update transactions set category = 'Eating out', version = 1, analytics_stale = false"
                                + " where id = '" + id + "'");
                execute(db, "update transactions set category = 'Dog food', version = 1 where id = '" + other + "'");
                UUID userId = userOf(db, id);
                execute(
                        db,
                        "insert into rules (id, user_id, kind, merchant, category) values ('" + UUID.randomUUID()
                                + "', '" + userId + "', 'MERCHANT', 'kiosk', 'Продукты')");
                try (Statement migrate = db.createStatement()) {
                    migrate.execute(script);
                }
                try (PreparedStatement row = db.prepareStatement(
                        "select category, version, analytics_stale from transactions where id = ?::uuid")) {
                    row.setString(1, id);
                    try (ResultSet r = row.executeQuery()) {
                        r.next();
                        assertThat(r.getString(1)).isEqualTo("eating-out");
                        assertThat(r.getLong(2))
                                .as("a new version replaces the row in ClickHouse")
                                .isEqualTo(2);
                        assertThat(r.getBoolean(3))
                                .as("the loader rewrites it in ClickHouse")
                                .isTrue();
                    }
                }
                assertThat(single(db, "select category from transactions where id = '" + other + "'"))
                        .isEqualTo("Dog food");
                assertThat(single(db, "select category from rules where user_id = '" + userId + "'"))
                        .isEqualTo("groceries");
            } finally {
                db.rollback();
            }
        }
    }

    private static String name(Api user, String id) {
        for (JsonNode category : json(user.get("/api/v1/categories"))) {
            if (category.path("id").asText().equals(id)) {
                return category.path("name").asText();
            }
        }
        return null;
    }

    private static String stored(String transactionId) throws SQLException {
        try (Connection db = SystemUnderTest.postgres()) {
            return single(db, "select category from transactions where id = '" + UUID.fromString(transactionId) + "'");
        }
    }

    private static UUID userOf(Connection db, String transactionId) throws SQLException {
        return UUID.fromString(
                single(db, "select user_id from transactions where id = '" + UUID.fromString(transactionId) + "'"));
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
