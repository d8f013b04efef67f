package org.tributary.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL, the ledger of record, answers. */
@Readiness
@ApplicationScoped
public class LedgerDatabaseCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/TributaryDS")
    DataSource ledger;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = ledger.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return HealthCheckResponse.named("postgresql").status(valid).build();
        } catch (SQLException e) {
            return HealthChecks.down("postgresql", e);
        }
    }
}
