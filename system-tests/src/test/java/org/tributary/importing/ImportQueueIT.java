package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.SystemUnderTest;

/**
 * The etl-file queue end to end: a request is consumed by the MDB, which starts the import job, which
 * records the outcome through JPA; a request that can never succeed ends in the dead-letter queue after
 * the configured attempts.
 */
class ImportQueueIT {

    private static final Duration RECEIVE_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void aQueuedRunIsTakenByTheImportJobAndCompleted() throws Exception {
        UUID importId = insertQueuedRun();
        insertUpload(importId, "Date,Description,Amount\n2024-05-01,Books,-12.00\n");

        send("{\"importId\":\"" + importId + "\"}", null);

        await().atMost(RECEIVE_TIMEOUT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> "COMPLETED".equals(statusOf(importId)));
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement(
                        "select started_at, finished_at, job_execution_id from import_runs where id = ?")) {
            query.setObject(1, importId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getTimestamp("started_at")).isNotNull();
                assertThat(row.getTimestamp("finished_at")).isAfterOrEqualTo(row.getTimestamp("started_at"));
                assertThat(row.getLong("job_execution_id")).isPositive();
            }
        }
    }

    @Test
    void aRunWhoseJobFailsIsMarkedFailedWithTheReason() throws Exception {
        UUID importId = insertQueuedRun(); // no uploaded file: the job cannot read anything

        send("{\"importId\":\"" + importId + "\"}", null);

        await().atMost(RECEIVE_TIMEOUT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> "FAILED".equals(statusOf(importId)));
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement("select failure_reason from import_runs where id = ?")) {
            query.setObject(1, importId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getString(1)).isNotBlank();
            }
        }
    }

    @Test
    void aMessageThatIsNotAnImportRequestEndsInTheDeadLetterQueue() throws Exception {
        String marker = UUID.randomUUID().toString();

        send("this is not an import request", marker);

        Message dead = receiveFromDeadLetterQueue(marker);
        assertThat(dead).as("poison message in DLQ").isNotNull();
        assertThat(((TextMessage) dead).getText()).isEqualTo("this is not an import request");
        assertThat(dead.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo("jms.queue.etl-file");
    }

    @Test
    void aPoisonMessageForARunEndsInTheDeadLetterQueueAndMarksTheRunFailedWithTheReason() throws Exception {
        UUID importId = insertQueuedRun();
        String marker = UUID.randomUUID().toString();

        send("\u0000corrupted\u0000", marker, importId);

        Message dead = receiveFromDeadLetterQueue(marker);
        assertThat(dead).as("poison message in DLQ").isNotNull();
        assertThat(statusOf(importId)).isEqualTo("FAILED");
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement("select failure_reason from import_runs where id = ?")) {
            query.setObject(1, importId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getString(1))
                        .contains("could not be processed after")
                        .contains("not an import request");
            }
        }
    }

    @Test
    void aRequestForAnUnknownRunEndsInTheDeadLetterQueueAfterTheConfiguredAttempts() throws Exception {
        String marker = UUID.randomUUID().toString();

        send("{\"importId\":\"" + UUID.randomUUID() + "\"}", marker);

        Message dead = receiveFromDeadLetterQueue(marker);
        assertThat(dead).as("request for an unknown run in DLQ").isNotNull();
        assertThat(dead.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo("jms.queue.etl-file");
    }

    private static void send(String text, String marker) throws Exception {
        send(text, marker, null);
    }

    private static void send(String text, String marker, UUID importId) throws Exception {
        try (var factory = SystemUnderTest.broker();
                Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            Queue queue = session.createQueue("etl-file");
            MessageProducer producer = session.createProducer(queue);
            TextMessage message = session.createTextMessage(text);
            if (marker != null) {
                message.setStringProperty("testMarker", marker);
            }
            if (importId != null) {
                message.setStringProperty("importId", importId.toString());
            }
            producer.send(message);
        }
    }

    private static Message receiveFromDeadLetterQueue(String marker) throws Exception {
        try (var factory = SystemUnderTest.broker();
                Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            MessageConsumer consumer =
                    session.createConsumer(session.createQueue("DLQ"), "testMarker = '" + marker + "'");
            return consumer.receive(RECEIVE_TIMEOUT.toMillis());
        }
    }

    private static void insertUpload(UUID importId, String csv) throws SQLException {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement upload = db.prepareStatement(
                        "insert into raw_file.uploads (import_id, user_id, file_name,"
                                + " size_bytes, content) select id, user_id, 'x.csv', ?, ? from import_runs where id = ?")) {
            byte[] content = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            upload.setInt(1, content.length);
            upload.setBytes(2, content);
            upload.setObject(3, importId);
            upload.executeUpdate();
        }
    }

    private static UUID insertQueuedRun() throws SQLException {
        UUID userId = UUID.randomUUID();
        UUID importId = UUID.randomUUID();
        try (var db = SystemUnderTest.postgres()) {
            try (PreparedStatement user = db.prepareStatement(
                    "insert into users (id, email, password_hash) values (?, ?, 'not-a-real-hash')")) {
                user.setObject(1, userId);
                user.setString(2, userId + "@example.test");
                user.executeUpdate();
            }
            UUID sourceId = UUID.randomUUID();
            try (PreparedStatement source = db.prepareStatement(
                    "insert into sources (id, user_id, kind, provider, name) values (?, ?, 'FILE', 'upload', 'Files')")) {
                source.setObject(1, sourceId);
                source.setObject(2, userId);
                source.executeUpdate();
            }
            try (PreparedStatement run = db.prepareStatement("insert into import_runs (id, user_id, source_id, status,"
                    + " format, file_name) values (?, ?, ?, 'QUEUED', 'csv', 'x.csv')")) {
                run.setObject(1, importId);
                run.setObject(2, userId);
                run.setObject(3, sourceId);
                run.executeUpdate();
            }
        }
        return importId;
    }

    private static String statusOf(UUID importId) throws SQLException {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement("select status from import_runs where id = ?")) {
            query.setObject(1, importId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
