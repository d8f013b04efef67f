package org.tributary.importing.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tributary.importing.control.statement.StatementStream;

/**
 * Deals a run's rows out to partitions loaded side by side (TRIBUTARY_IMPORT_PARTITIONS, default 2, one per
 * core): while one partition normalises its rows in Java, another's chunk is being written by PostgreSQL.
 * The rows are dealt in stripes of a chunk each (stripe k of n takes chunks k, k + n, …): every partition
 * streams the whole file, since a row's fingerprint counts the identical rows before it anywhere in the file,
 * but normalises and writes only its own chunks. The plan depends only on the file, so a restarted job gets
 * the same stripes back and each partition resumes from its own checkpoint.
 */
@Dependent
@Named("importPartitions")
public class ImportPartitions implements PartitionMapper {

    private static final Logger LOG = Logger.getLogger(ImportPartitions.class.getName());
    /** Below this, a second partition costs more than it saves. */
    private static final int MIN_ROWS_PER_PARTITION = 5_000;

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @ConfigProperty(name = "tributary.import.partitions", defaultValue = "2")
    int maxPartitions;

    @Inject
    StatementSources sources;

    @Inject
    ImportRuns runs;

    @Inject
    ImportLimits limits;

    @Inject
    UploadedFiles uploads;

    @Inject
    LargeImportTurns turns;

    @Override
    public PartitionPlan mapPartitions() throws Exception {
        UUID id = UUID.fromString(importId);
        turns.take(id, runs.userOf(id), uploads.size(id));
        try {
            return plan(id);
        } catch (Exception | Error e) {
            turns.giveBack(id); // the step's end gives it back too; a failed plan must not keep it either way
            throw e;
        }
    }

    private PartitionPlan plan(UUID id) throws Exception {
        long start = System.nanoTime();
        StatementSource source = sources.of(id);
        long readMillis = (System.nanoTime() - start) / 1_000_000;
        try {
            limits.checkRowCount(source.estimatedRows() <= limits.maxRows() ? 0 : rowsOf(source));
        } catch (TooManyRowsException e) {
            runs.fail(id, ImportFailure.of(e));
            throw e;
        }
        PartitionPlan plan = plan(source.estimatedRows(), Math.max(1, maxPartitions));
        LOG.info(() -> "import " + id + ": file surveyed in " + readMillis + " ms, about " + source.estimatedRows()
                + " rows, loaded in " + plan.getPartitions() + " partition(s)");
        return plan;
    }

    /** Counted exactly only when the lines allow more rows than the limit. */
    private static int rowsOf(StatementSource source) {
        int rows = 0;
        try (StatementStream stream = source.open()) {
            while (stream.next() != null) {
                rows++;
            }
        }
        return rows;
    }

    static PartitionPlan plan(int rows, int maxPartitions) {
        int partitions = Math.max(1, Math.min(maxPartitions, rows / MIN_ROWS_PER_PARTITION));
        Properties[] stripes = new Properties[partitions];
        for (int i = 0; i < partitions; i++) {
            stripes[i] = new Properties();
            stripes[i].setProperty("stripe", Integer.toString(i));
            stripes[i].setProperty("stripes", Integer.toString(partitions));
        }
        PartitionPlan plan = new PartitionPlanImpl();
        plan.setPartitions(partitions);
        plan.setThreads(partitions);
        plan.setPartitionProperties(stripes);
        return plan;
    }
}
