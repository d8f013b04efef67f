package org.tributary.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collections;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * The analyse-worker on {@code ml-analyse} (issue 16, decision 52): an import leads to the person's regular
 * payments and tips being stored for their ledger as it is, which the API then gives; a category change leads to
 * them being stored again; a redelivered request writes nothing; the queue drains; a message it cannot read ends in
 * the dead-letter queue.
 */
class AnalysisWorkerIT {

    private static final Duration WORKER = Duration.ofMinutes(2);

    @Test
    void storesWhatItFindsForTheLedgerAsItIsAndNothingTwice() throws Exception {
        Api user = Api.signedInUser();
        UUID userId = UUID.fromString(json(user.get("/api/v1/me")).path("id").asText());
        user.importCompleted("year.csv", RecurringPaymentsIT.year().getBytes(StandardCharsets.UTF_8));

        awaitStored(userId);
        assertThat(onTheQueue(userId)).as("ml-analyse drained").isZero();
        JsonNode stored = storedRecurring(userId);
        JsonNode served = json(user.get("/api/v1/recurring"));
        assertThat(served.findValuesAsText("merchant")).isNotEmpty().isEqualTo(stored.findValuesAsText("merchant"));
        assertThat(served.findValuesAsText("nextDate")).isEqualTo(stored.findValuesAsText("nextDate"));
        assertThat(json(user.get("/api/v1/recommendations")).findValuesAsText("kind"))
                .contains("subscription");

        Timestamp computed = computedAt(userId);
        try (var factory = SystemUnderTest.broker();
                Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TextMessage again =
                    session.createTextMessage("{\"userId\":\"" + userId + "\",\"stamp\":" + ownStamp(userId) + "}");
            again.setStringProperty("userId", userId.toString());
            session.createProducer(session.createQueue("ml-analyse")).send(again);
        }
        await().atMost(WORKER).pollInterval(Duration.ofMillis(200)).until(() -> onTheQueue(userId) == 0);
        assertThat(computedAt(userId))
                .as("the same request again writes nothing")
                .isEqualTo(computed);

        long before = stamp(userId);
        JsonNode rewe = json(user.get(
                        "/api/v1/transactions?size=1&q=" + URLEncoder.encode("REWE", StandardCharsets.UTF_8)))
                .path("items")
                .get(0);
        assertThat(user.patch(
                                "/api/v1/transactions/" + rewe.path("id").asText(),
                                "{\"category\":\"Shopping\",\"applyToSimilar\":true}")
                        .statusCode())
                .isEqualTo(200);
        await().atMost(WORKER)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> stamp(userId) > before && storedStamp(userId) == stamp(userId));
        assertThat(computedAt(userId)).isAfter(computed);
    }

    @Test
    void aRequestTheWorkerCannotReadEndsInTheDeadLetterQueue() throws Exception {
        String marker = UUID.randomUUID().toString();
        try (var factory = SystemUnderTest.broker();
                Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            TextMessage poison = session.createTextMessage("{\"userId\":\"not a uuid\"}");
            poison.setStringProperty("testMarker", marker);
            session.createProducer(session.createQueue("ml-analyse")).send(poison);
            MessageConsumer dlq = session.createConsumer(session.createQueue("DLQ"), "testMarker = '" + marker + "'");
            var dead = dlq.receive(WORKER.toMillis());
            assertThat(dead)
                    .as(() -> "dead-lettered; " + queues("testMarker = '" + marker + "'"))
                    .isNotNull();
            assertThat(dead.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo("jms.queue.ml-analyse");
        }
    }

    /** Waits for the stored analysis to be the one of the ledger as it is; on failure says where things stand. */
    private static void awaitStored(UUID userId) throws Exception {
        try {
            await().atMost(WORKER)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> storedStamp(userId) == stamp(userId));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(
                    "stored stamp " + storedStamp(userId) + ", ledger's " + stamp(userId) + "; "
                            + queues("userId = '" + userId + "'"),
                    e);
        }
    }

    /** What waits on ml-analyse and the dead-letter queue, all and the test's own: for a failure's message. */
    private static String queues(String own) {
        try {
            return "ml-analyse holds " + waiting("ml-analyse", null) + " (" + waiting("ml-analyse", own)
                    + " of this test), DLQ " + waiting("DLQ", null) + " (" + waiting("DLQ", own) + ")";
        } catch (Exception e) {
            return "the queues cannot be browsed: " + e;
        }
    }

    private static long onTheQueue(UUID userId) throws Exception {
        return waiting("ml-analyse", "userId = '" + userId + "'");
    }

    private static long waiting(String queue, String selector) throws Exception {
        try (var factory = SystemUnderTest.broker();
                Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            QueueBrowser browser = session.createBrowser(session.createQueue(queue), selector);
            return Collections.list(browser.getEnumeration()).size();
        }
    }

    private static long stamp(UUID userId) throws Exception {
        return number(
                "select coalesce(sum(stamp), 0) from report_stamps where user_id in (?, '00000000-0000-0000-0000-000000000000')",
                userId);
    }

    private static long ownStamp(UUID userId) throws Exception {
        return number("select coalesce(max(stamp), 0) from report_stamps where user_id = ?", userId);
    }

    private static long storedStamp(UUID userId) throws Exception {
        return number("select coalesce(max(stamp), -1) from analysis_results where user_id = ?", userId);
    }

    private static long number(String sql, UUID userId) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, userId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Timestamp computedAt(UUID userId) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query =
                        db.prepareStatement("select computed_at from analysis_results where user_id = ?")) {
            query.setObject(1, userId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getTimestamp(1);
            }
        }
    }

    private static JsonNode storedRecurring(UUID userId) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query =
                        db.prepareStatement("select recurring::text from analysis_results where user_id = ?")) {
            query.setObject(1, userId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(row.getString(1));
            }
        }
    }
}
