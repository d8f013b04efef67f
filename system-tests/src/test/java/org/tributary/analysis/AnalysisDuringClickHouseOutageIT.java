package org.tributary.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.tributary.importing.RunRows;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * An analysis that fails while ClickHouse is away leaves no lock behind: the worker's attempts end in the
 * dead-letter queue, no idle connection keeps the person's analysis lock, and once ClickHouse is back the next
 * request is analysed. A lock kept by a pooled connection made every later analysis of the person wait for ever,
 * and the server could not shut down.
 */
@Isolated("stops ClickHouse")
class AnalysisDuringClickHouseOutageIT {

    /** ClusterLock.Kind.ANALYSIS, as PostgreSQL shows an advisory lock's first key. */
    private static final long ANALYSIS_LOCK = 0x414e4131L;

    private static final String STORED = "select count(*) from analysis_results where user_id = ?";

    @AfterEach
    void clickHouseIsBack() throws Exception {
        SystemUnderTest.clickHouseControl("start");
    }

    @Test
    void aFailedAnalysisKeepsNoLockAndTheNextOneRuns() throws Exception {
        Api user = Api.signedInUser();
        UUID userId = UUID.fromString(json(user.get("/api/v1/me")).path("id").asText());
        user.importCompleted("year.csv", RecurringPaymentsIT.year().getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> RunRows.number(STORED, userId) == 1);

        SystemUnderTest.clickHouseControl("stop");
        RunRows.execute("delete from analysis_results where user_id = ?", userId);
        String marker = UUID.randomUUID().toString();
        try (var factory = SystemUnderTest.broker();
                Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            session.createProducer(session.createQueue("ml-analyse")).send(request(session, userId, marker));
            MessageConsumer dlq = session.createConsumer(session.createQueue("DLQ"), "testMarker = '" + marker + "'");
            assertThat(dlq.receive(Duration.ofMinutes(1).toMillis()))
                    .as("every attempt failed without ClickHouse, none waited for ever")
                    .isNotNull();
        }
        assertThat(idleAnalysisLocks())
                .as("analysis locks kept by idle connections")
                .isZero();

        SystemUnderTest.clickHouseControl("start");
        try (var factory = SystemUnderTest.broker();
                Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            session.createProducer(session.createQueue("ml-analyse"))
                    .send(request(session, userId, UUID.randomUUID().toString()));
        }
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> RunRows.number(STORED, userId) == 1);
    }

    private static TextMessage request(Session session, UUID userId, String marker) throws Exception {
        long stamp = Long.parseLong(
                RunRows.text("select coalesce(max(stamp), 0) from report_stamps where user_id = ?", userId));
        TextMessage request = session.createTextMessage("{\"userId\":\"" + userId + "\",\"stamp\":" + stamp + "}");
        request.setStringProperty("userId", userId.toString());
        request.setStringProperty("testMarker", marker);
        return request;
    }

    private static long idleAnalysisLocks() throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement("select count(*) from pg_locks l"
                        + " join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory'"
                        + " and l.classid::bigint = ? and l.granted and a.state like 'idle%'")) {
            query.setLong(1, ANALYSIS_LOCK);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
