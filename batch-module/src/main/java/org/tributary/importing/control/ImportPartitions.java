package org.tributary.importing.control;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tributary.importing.control.statement.NotHappenedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Statement;
import org.tributary.platform.control.Resources;

/**
 * Splits a run's rows into consecutive ranges loaded side by side: while one partition normalises its rows
 * in Java, another's chunk is being written by PostgreSQL (TRIBUTARY_IMPORT_PARTITIONS, default 2, one per
 * core). The plan depends only on the file, so a restarted job gets the same ranges back. Records, once,
 * what reading the file found: its encoding, format, the rows in error, and the rows the bank says never
 * happened, kept in the raw data with their status (decision 34).
 */
@Dependent
@Named("importPartitions")
public class ImportPartitions implements PartitionMapper {

    private static final Logger LOG = Logger.getLogger(ImportPartitions.class.getName());
    static final int MAX_REPORTED_ERRORS = 1000;
    private static final int NOT_HAPPENED_PER_STATEMENT = 10_000;
    /** A rerun after a crash finds them stored already. */
    private static final String NOT_HAPPENED = "insert into raw_file.not_happened (import_id, line_no, status, payload)"
            + " select ?, * from unnest(?::int[], ?::text[], ?::text[]) on conflict do nothing";
    /** Below this, a second partition costs more than it saves. */
    private static final int MIN_ROWS_PER_PARTITION = 5_000;

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @ConfigProperty(name = "tributary.import.partitions", defaultValue = "2")
    int maxPartitions;

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    ParsedFiles files;

    @Inject
    ImportRuns runs;

    @Inject
    ImportLimits limits;

    @Override
    public PartitionPlan mapPartitions() throws Exception {
        UUID id = UUID.fromString(importId);
        long start = System.nanoTime();
        ParsedFile file = files.of(id);
        long readMillis = (System.nanoTime() - start) / 1_000_000;
        try {
            limits.checkRowCount(file.size());
        } catch (TooManyRowsException e) {
            runs.fail(id, e.getMessage());
            throw e;
        }
        recordOutcomeOfReading(id, file.statement());
        PartitionPlan plan = plan(file.size(), Math.max(1, maxPartitions));
        LOG.info(() -> "import " + id + ": " + file.size() + " rows read in " + readMillis + " ms, loaded in "
                + plan.getPartitions() + " partition(s)");
        return plan;
    }

    static PartitionPlan plan(int rows, int maxPartitions) {
        int partitions = Math.max(1, Math.min(maxPartitions, rows / MIN_ROWS_PER_PARTITION));
        Properties[] ranges = new Properties[partitions];
        for (int i = 0; i < partitions; i++) {
            ranges[i] = new Properties();
            ranges[i].setProperty("firstRecord", Long.toString((long) rows * i / partitions));
            ranges[i].setProperty("endRecord", Long.toString((long) rows * (i + 1) / partitions));
        }
        PartitionPlan plan = new PartitionPlanImpl();
        plan.setPartitions(partitions);
        plan.setThreads(partitions);
        plan.setPartitionProperties(ranges);
        return plan;
    }

    private void recordOutcomeOfReading(UUID id, Statement statement) throws SQLException {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (RowError error :
                statement.errors().subList(0, Math.min(statement.errors().size(), MAX_REPORTED_ERRORS))) {
            JsonObjectBuilder row =
                    Json.createObjectBuilder().add("line", error.line()).add("reason", error.reason());
            if (error.code() != null) {
                row.add("code", error.code()).add("arguments", Json.createArrayBuilder(error.arguments()));
            }
            errors.add(row);
        }
        String sql = "update import_runs set encoding = ?, rejected = ?, skipped = ?, errors = ?::jsonb, format = ?,"
                + " not_happened = ? where id = ?";
        try (Connection connection = ledger.getConnection();
                PreparedStatement update = connection.prepareStatement(sql);
                PreparedStatement notHappened = connection.prepareStatement(NOT_HAPPENED)) {
            update.setString(1, statement.encoding());
            update.setInt(2, statement.errors().size());
            update.setInt(3, statement.skipped());
            update.setString(4, errors.build().toString());
            update.setString(5, statement.format());
            update.setInt(6, statement.notHappened().size());
            update.setObject(7, id);
            update.executeUpdate();
            List<NotHappenedRow> all = statement.notHappened();
            for (int from = 0; from < all.size(); from += NOT_HAPPENED_PER_STATEMENT) {
                List<NotHappenedRow> rows = all.subList(from, Math.min(all.size(), from + NOT_HAPPENED_PER_STATEMENT));
                notHappened.setObject(1, id);
                notHappened.setArray(
                        2,
                        connection.createArrayOf(
                                "int4", rows.stream().map(NotHappenedRow::line).toArray()));
                notHappened.setArray(
                        3,
                        connection.createArrayOf(
                                "text",
                                rows.stream().map(NotHappenedRow::status).toArray()));
                notHappened.setArray(
                        4,
                        connection.createArrayOf(
                                "text",
                                rows.stream().map(ImportPartitions::payload).toArray()));
                notHappened.executeUpdate();
            }
        }
    }

    /** The row's cells as a JSON array, as the ledger's raw records keep theirs. */
    private static String payload(NotHappenedRow row) {
        JsonArrayBuilder cells = Json.createArrayBuilder();
        row.cells().forEach(cells::add);
        return cells.build().toString();
    }
}
