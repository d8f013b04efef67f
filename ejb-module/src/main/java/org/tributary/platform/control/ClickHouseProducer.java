package org.tributary.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tributary.reporting.entity.ClickHouseSchema;
import org.tributary.reporting.entity.LedgerFactRepository;

/**
 * Makes the ClickHouse schema and repository (plain classes of the persistence module) injectable, one
 * instance each and without client proxies.
 */
@ApplicationScoped
public class ClickHouseProducer {

    @Resource(lookup = Resources.CLICKHOUSE_DATASOURCE)
    DataSource clickHouse;

    @Inject
    @ConfigProperty(name = "tributary.clickhouse.database", defaultValue = "tributary")
    String database;

    @Produces
    @Singleton
    ClickHouseSchema schema() {
        return new ClickHouseSchema(clickHouse, database);
    }

    @Produces
    @Singleton
    LedgerFactRepository ledgerFacts(ClickHouseSchema schema) {
        return new LedgerFactRepository(clickHouse, schema);
    }
}
