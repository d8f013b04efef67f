package org.tributary.categorising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.importing.FileImportIT.importAndWait;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Collections;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * Categorisation in layers on the real server and broker: the fast layers (rules, keywords, brands) at import,
 * the worker on {@code ml-categorise} for the rest, with the layer and the reason of each category served;
 * a correction that extends to the brand and the next import; a learnt rule undone; poison in the DLQ.
 */
class CategorisationLayersIT {

    private static final Duration WORKER = Duration.ofSeconds(60);

    private static final String STATEMENT = """
            Date,Description,Amount
            2024-05-02,FIX PRICE 3321 KAZAN RUS,-23.10
            2024-05-03,TASTY DUMPLING KITCHEN,-48.00
            2024-05-04,KTOUBERTRAG 12345 SPARKONTO,-100.00
            2024-05-05,Zqxv Wrrbl 8812,-9.99
            """;

    @Test
    void theImportCategorisesBrandsAtOnceAndTheWorkerTheRestLeavingNothingOnTheQueue() throws Exception {
        Api user = Api.signedInUser();
        String userId = json(user.get("/api/v1/me")).path("id").asText();

        JsonNode run = importAndWait(user, "may.csv", STATEMENT.getBytes(StandardCharsets.UTF_8));

        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        JsonNode fixPrice = transaction(user, "FIX PRICE 3321 KAZAN RUS");
        assertThat(fixPrice.path("category").asText()).isEqualTo("Shopping");
        assertThat(fixPrice.path("categorisedBy").asText()).isEqualTo("BRAND");
        assertThat(fixPrice.path("categoryReason").asText()).isEqualTo("A known brand: Fix Price");
        awaitCategorised(run.path("importId").asText());
        JsonNode dumplings = transaction(user, "TASTY DUMPLING KITCHEN");
        assertThat(dumplings.path("category").asText()).isEqualTo("Eating out");
        assertThat(dumplings.path("categorisedBy").asText()).isEqualTo("MODEL");
        assertThat(dumplings.path("categoryReason").asText()).isNotBlank();
        assertThat(transaction(user, "KTOUBERTRAG 12345 SPARKONTO")
                        .path("category")
                        .asText())
                .as("an account transfer is no Uber ride")
                .isNotEqualTo("Transport");
        await().atMost(WORKER)
                .untilAsserted(() -> assertThat(
                                pendingOnMlCategorise(run.path("importId").asText()))
                        .as("the queue drained")
                        .isZero());
        await().atMost(WORKER)
                .untilAsserted(() -> assertThat(clickHouseCategory(userId, "TASTY DUMPLING KITCHEN"))
                        .as("the worker's category reaches the reports")
                        .isEqualTo("eating-out"));
    }

    @Test
    void aCorrectionForAllFromABrandCoversItsOtherSpellingsAndTheNextImportAndCanBeUndone() {
        Api user = Api.signedInUser();
        importAndWait(user, "migros.csv", """
                Date,Description,Amount
                2024-05-02,ACQUISTO MIGROS M ARBEDO-CAST,-23.10
                2024-05-09,MIGROS ZUERICH HB,-31.45
                2024-05-11,MIGROS BASEL 4410,-12.00
                """.getBytes(StandardCharsets.UTF_8));
        String first =
                transaction(user, "ACQUISTO MIGROS M ARBEDO-CAST").path("id").asText();

        var changed = user.patch("/api/v1/transactions/" + first, "{\"category\":\"Treats\",\"applyToSimilar\":true}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).path("categorisedBy").asText()).isEqualTo("USER");
        assertThat(json(user.get("/api/v1/transactions?category=Treats"))
                        .path("total")
                        .asInt())
                .as("all three Migros rows")
                .isEqualTo(3);
        JsonNode june = importAndWait(
                user,
                "june.csv",
                "Date,Description,Amount\n2024-06-03,MIGROS LUZERN 1234,-42.00\n".getBytes(StandardCharsets.UTF_8));
        assertThat(june.path("imported").asInt()).isEqualTo(1);
        JsonNode learnt = transaction(user, "MIGROS LUZERN 1234");
        assertThat(learnt.path("category").asText())
                .as("the brand's rule on the next import")
                .isEqualTo("Treats");
        assertThat(learnt.path("categorisedBy").asText()).isEqualTo("RULE");

        JsonNode rules = json(user.get("/api/v1/rules"));
        assertThat(rules.findValuesAsText("category")).contains("Treats");
        for (JsonNode rule : rules) {
            var undone = user.delete("/api/v1/rules/" + rule.path("id").asText());
            assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        }

        assertThat(json(user.get("/api/v1/rules"))).isEmpty();
        assertThat(json(user.get("/api/v1/transactions?category=Treats"))
                        .path("total")
                        .asInt())
                .as("only the row the user chose keeps the category")
                .isEqualTo(1);
        assertThat(transaction(user, "MIGROS LUZERN 1234").path("category").asText())
                .isEqualTo("Groceries");
    }

    @Test
    void emptyNumericHugeAndBinaryDescriptorsAreImportedAndLeftUncategorisedWithoutAnError() {
        Api user = Api.signedInUser();
        String huge = "X".repeat(4_000) + " PAYMENT " + "Y".repeat(6_000);
        String binary = new String(new char[] {'\u0001', '\u00ff', '\ufffd', '\u0007', 'A', '\u0000'});
        String csv = "Date,Description,Amount\n2024-05-02,,-1.00\n2024-05-03,123456789,-2.00\n2024-05-04," + huge
                + ",-3.00\n2024-05-05,\"" + binary + "\",-4.00\n";

        JsonNode run = importAndWait(user, "hostile.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        awaitCategorised(run.path("importId").asText());
        JsonNode items = json(user.get("/api/v1/transactions?size=10")).path("items");
        assertThat(run.path("imported").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(items).hasSize(run.path("imported").asInt());
        for (JsonNode item : items) {
            assertThat(item.path("merchant").asText().length()).isLessThanOrEqualTo(200);
        }
    }

    @Test
    void aMessageTheWorkerCannotReadEndsInTheDeadLetterQueue() throws Exception {
        String marker = UUID.randomUUID().toString();
        try (var factory = SystemUnderTest.broker();
                Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TextMessage poison = session.createTextMessage("{\"userId\":\"not a uuid\"}");
            poison.setStringProperty("testMarker", marker);
            session.createProducer(session.createQueue("ml-categorise")).send(poison);
            connection.start();
            MessageConsumer dlq = session.createConsumer(session.createQueue("DLQ"), "testMarker = '" + marker + "'");
            Message dead = dlq.receive(WORKER.toMillis());
            assertThat(dead).as("poison message in DLQ").isNotNull();
            assertThat(dead.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo("jms.queue.ml-categorise");
        }
    }

    static JsonNode transaction(Api user, String description) {
        for (JsonNode item : json(user.get("/api/v1/transactions?size=100")).path("items")) {
            if (item.path("description").asText().equals(description)) {
                return json(user.get("/api/v1/transactions/" + item.path("id").asText()));
            }
        }
        throw new AssertionError("no transaction " + description);
    }

    /** Waits until the worker has been through the import's uncategorised rows. */
    static void awaitCategorised(String importId) {
        await().atMost(WORKER).pollInterval(Duration.ofMillis(200)).until(() -> {
            try (var db = SystemUnderTest.postgres();
                    PreparedStatement query =
                            db.prepareStatement("select categorising from import_runs where id = ?")) {
                query.setObject(1, UUID.fromString(importId));
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && !row.getBoolean(1);
                }
            }
        });
    }

    static int pendingOnMlCategorise(String importId) throws Exception {
        try (var factory = SystemUnderTest.broker();
                Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            QueueBrowser browser =
                    session.createBrowser(session.createQueue("ml-categorise"), "importId = '" + importId + "'");
            return Collections.list(browser.getEnumeration()).size();
        }
    }

    private static String clickHouseCategory(String userId, String description) throws Exception {
        try (var clickHouse = SystemUnderTest.clickHouse();
                PreparedStatement query =
                        clickHouse.prepareStatement("SELECT category FROM " + SystemUnderTest.clickHouseDatabase()
                                + ".ledger FINAL WHERE user_id = ? AND description = ?")) {
            query.setString(1, userId);
            query.setString(2, description);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
