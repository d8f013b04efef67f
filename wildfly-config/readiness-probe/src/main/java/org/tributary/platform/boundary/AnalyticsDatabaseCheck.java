package org.tributary.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while ClickHouse answers and holds the ledger table the reports read. */
@Readiness
@ApplicationScoped
public class AnalyticsDatabaseCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/ClickHouseDS")
    DataSource clickHouse;

    @Inject
    @ConfigProperty(name = "tributary.clickhouse.database", defaultValue = "tributary")
    String database;

    @Override
    public HealthCheckResponse call() {
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
