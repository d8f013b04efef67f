package org.tributary.analytics.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tributary.analytics.entity.ClickHouseSchema;

/**
 * Creates the ClickHouse schema on deploy. ClickHouse being down must not stop the application (the
 * ledger in PostgreSQL is the source of truth), so a failure here is logged, readiness reports it, and
 * a timer tries again every 15 seconds until ClickHouse answers.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClickHouseSchemaInitializer {

    private static final Logger LOG = Logger.getLogger(ClickHouseSchemaInitializer.class.getName());

    @Inject
    ClickHouseSchema schema;

    private volatile boolean created;

    @PostConstruct
    void createOnDeploy() {
        try {
            ensureCreated();
        } catch (SQLException e) {
            LOG.log(
                    Level.WARNING,
                    "ClickHouse schema not created yet; will retry when ClickHouse answers: {0}",
                    e.getMessage());
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void retryUntilCreated() {
        if (!created) {
            createOnDeploy();
        }
    }

    public void ensureCreated() throws SQLException {
        if (!created) {
            schema.create();
            created = true;
            LOG.info(() -> "ClickHouse schema ready in database " + schema.database());
        }
    }
}
