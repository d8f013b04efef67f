package org.tributary.platform.control;

/** The JNDI names the configuration in {@code wildfly-config/} binds; the code refers to them only here. */
public final class Resources {

    public static final String LEDGER_DATASOURCE = "java:jboss/datasources/TributaryDS";
    public static final String CLICKHOUSE_DATASOURCE = "java:jboss/datasources/ClickHouseDS";

    public static final String QUEUE_ETL_FILE = "java:/jms/queue/etl-file";
    public static final String QUEUE_ETL_DRAFT = "java:/jms/queue/etl-draft";
    public static final String QUEUE_ML_CATEGORISE = "java:/jms/queue/ml-categorise";
    public static final String QUEUE_ML_ANALYSE = "java:/jms/queue/ml-analyse";
    public static final String QUEUE_ETL_SIMPLEFIN = "java:/jms/queue/etl-simplefin-auth-data";
    public static final String QUEUE_ETL_GOCARDLESS = "java:/jms/queue/etl-gocardless-auth-data";
    public static final String QUEUE_ETL_BERLINGROUP = "java:/jms/queue/etl-berlingroup-auth-data";

    private Resources() {}
}
