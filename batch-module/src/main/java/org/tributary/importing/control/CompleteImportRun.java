package org.tributary.importing.control;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.categorising.control.CategorisationQueue;
import org.tributary.platform.control.Resources;
import org.tributary.platform.control.ThisNode;
import org.tributary.transactions.control.LedgerWrites;

/**
 * The last step of an import: for a sync, drops the pending rows the bank no longer sends; counts what the run
 * really stored (so a chunk replayed after a crash is not counted twice), records the run as completed, and asks
 * the ML worker about the rows no rule categorised.
 */
@Dependent
@Named("completeImportRun")
public class CompleteImportRun extends AbstractBatchlet {

    private static final String RECOUNT = "update import_runs r set rows_read = c.read, imported = c.imported,"
            + " duplicates = c.read - c.imported from (select"
            + " (select count(*) from raw_file.records where import_id = ?) as read,"
            + " (select count(*) from transactions where import_id = ?) as imported) c where r.id = ?";
    private static final String UNCATEGORISED =
            "select count(*) from transactions where import_id = ? and categorised_by = 'NONE'";

    @Inject
    @BatchProperty
    String importId;

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    ImportRuns runs;

    @Inject
    CategorisationQueue categorisation;

    @Inject
    ThisNode node;

    @Override
    public String process() throws SQLException {
        UUID id = UUID.fromString(importId);
        long uncategorised;
        try (Connection connection = ledger.getConnection();
                PreparedStatement recount = connection.prepareStatement(RECOUNT);
                PreparedStatement unknown = connection.prepareStatement(UNCATEGORISED)) {
            LedgerWrites.dropVanishedPending(connection, id);
            recount.setObject(1, id);
            recount.setObject(2, id);
            recount.setObject(3, id);
            recount.executeUpdate();
            unknown.setObject(1, id);
            try (ResultSet row = unknown.executeQuery()) {
                row.next();
                uncategorised = row.getLong(1);
            }
        }
        if (uncategorised > 0) { // asked before the run is complete, so whoever sees it complete sees the request
            runs.markCategorising(id, node);
            categorisation.requestForImport(runs.context(id).userId(), id, uncategorised);
        }
        runs.complete(id);
        return BatchStatus.COMPLETED.name();
    }
}
