package org.tributary.analytics.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tributary.analytics.entity.ClickHouseSchema;
import org.tributary.platform.control.Resources;

/**
 * Makes the ClickHouse schema and repository injectable, one instance each and without client proxies.
 * {@code tributary.clickhouse.driver} says which JDBC driver the data source {@code ClickHouseDS} uses:
 * {@code legacy} (ru.yandex.clickhouse, for ClickHouse 18.16; the default) or {@code standard} (the current
 * com.clickhouse driver). See decision 37.
 */
@ApplicationScoped
public class ClickHouseProducer {

    @Resource(lookup = Resources.CLICKHOUSE_DATASOURCE)
    DataSource clickHouse;

    @Inject
    @ConfigProperty(name = "tributary.clickhouse.database", defaultValue = "tributary")
    String database;

    @Inject
    @ConfigProperty(name = "tributary.clickhouse.driver", defaultValue = "legacy")
    String driver;

    @Produces
    @Singleton
    ClickHouseSchema schema() {
        return new ClickHouseSchema(clickHouse, database);
    }

    @Produces
    @Singleton
    ClickHouseRepository repository(ClickHouseSchema schema) {
        return new ClickHouseRepository(clickHouse, schema, insert(driver));
    }

    static ClickHouseRepository.TabSeparatedInsert insert(String driver) {
        return switch (driver) {
            case "legacy" -> new LegacyDriverInsert();
            case "standard" -> new StandardJdbcInsert();
            default ->
                throw new IllegalArgumentException("tributary.clickhouse.driver is legacy or standard, not " + driver);
        };
    }
}
