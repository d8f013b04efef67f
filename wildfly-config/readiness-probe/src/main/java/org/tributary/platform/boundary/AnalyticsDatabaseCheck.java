package org.tributary.platform.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while ClickHouse answers within seconds and holds the ledger table the reports read. The legacy
 * driver waits for a hung ClickHouse until its socket timeout (60 s), so the probe runs on a thread of its own
 * and the answer is DOWN when it has not come back in time; while that probe still waits, every check answers
 * DOWN at once instead of starting another.
 */
@Readiness
@ApplicationScoped
public class AnalyticsDatabaseCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/ClickHouseDS")
    DataSource clickHouse;

    @Inject
    @ConfigProperty(name = "tributary.clickhouse.database", defaultValue = "tributary")
    String database;

    private final ExecutorService prober = Executors.newSingleThreadExecutor(probe -> {
        Thread thread = new Thread(probe, "clickhouse-readiness");
        thread.setDaemon(true);
        return thread;
    });

    private Future<HealthCheckResponse> probe;

    @Override
    public HealthCheckResponse call() {
        Future<HealthCheckResponse> answer;
        synchronized (this) {
            if (probe == null || probe.isDone()) {
                probe = prober.submit(this::probe);
            }
            answer = probe;
        }
        try {
            return answer.get(TIMEOUT_SECONDS + 1L, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return HealthChecks.down("clickhouse", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthChecks.down("clickhouse", e);
        }
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
    }

    private HealthCheckResponse probe() {
        try (Connection connection = clickHouse.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet exists = statement.executeQuery("EXISTS TABLE " + database + ".ledger")) {
                boolean schema = exists.next() && exists.getInt(1) == 1;
                return HealthCheckResponse.named("clickhouse")
                        .status(schema)
                        .withData("schema", schema)
                        .build();
            }
        } catch (SQLException e) {
            return HealthChecks.down("clickhouse", e);
        }
    }
}
