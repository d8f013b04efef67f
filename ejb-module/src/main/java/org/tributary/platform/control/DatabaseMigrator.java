package org.tributary.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the PostgreSQL schema to the version this build expects before anything else runs. A failed
 * migration fails the deployment: running against an unknown schema would be worse than not running.
 */
@Singleton
@Startup
@DependsOn("RequiredSecrets")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(ledger)
                .locations("classpath:db/migration")
                // The batch job repository (JBeret) creates its own tables in the same database, possibly
                // before the first migration: start the history below V1 instead of refusing a non-empty schema.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "PostgreSQL schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
