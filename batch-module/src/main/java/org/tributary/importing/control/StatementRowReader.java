package org.tributary.importing.control;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Statement;
import org.tributary.platform.control.Resources;

/**
 * Reads the uploaded file of the run from raw storage and hands out its rows. The checkpoint is the next
 * record number, so a restarted job goes on where the last committed chunk ended. The rows that could not
 * be read are recorded on the run once, with their line numbers and reasons.
 */
@Dependent
@Named("statementRowReader")
public class StatementRowReader extends AbstractItemReader {

    static final int MAX_REPORTED_ERRORS = 1000;

    @Inject
    @BatchProperty
    String importId;

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    javax.sql.DataSource ledger;

    @Inject
    ImportRuns runs;

    @Inject
    ImportLimits limits;

    private List<ParsedRow> rows;
    private int[] occurrences;
    private int next;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        UUID id = UUID.fromString(importId);
        Statement statement = StatementReaders.read(
                runs.format(id), content(id), runs.context(id).baseCurrency(), runs.csvMapping(id));
        try {
            limits.checkRowCount(statement.rows().size());
        } catch (TooManyRowsException e) {
            runs.fail(id, e.getMessage());
            throw e;
        }
        rows = statement.rows();
        occurrences = occurrences(rows);
        next = checkpoint == null ? 0 : (Integer) checkpoint;
        if (checkpoint == null) {
            recordOutcomeOfReading(id, statement);
        }
    }

    @Override
    public Object readItem() {
        if (next >= rows.size()) {
            return null;
        }
        ImportItem item = new ImportItem(next, rows.get(next), occurrences[next]);
        next++;
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    private static int[] occurrences(List<ParsedRow> rows) {
        Map<String, Integer> seen = new HashMap<>();
        int[] occurrences = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ParsedRow row = rows.get(i);
            String key = Fingerprint.occurrenceKey(
                    row.bookedDate(), row.amount(), row.description() + " " + row.counterparty());
            occurrences[i] = seen.merge(key, 1, Integer::sum) - 1;
        }
        return occurrences;
    }

    private byte[] content(UUID id) throws SQLException {
        try (Connection connection = ledger.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select content from raw_file.uploads where import_id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no uploaded file for import " + id);
                }
                return row.getBytes(1);
            }
        }
    }

    private void recordOutcomeOfReading(UUID id, Statement statement) throws SQLException {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (RowError error :
                statement.errors().subList(0, Math.min(statement.errors().size(), MAX_REPORTED_ERRORS))) {
            errors.add(Json.createObjectBuilder().add("line", error.line()).add("reason", error.reason()));
        }
        String sql =
                "update import_runs set encoding = ?, rejected = ?, skipped = ?, errors = ?::jsonb, format = ? where id = ?";
        try (Connection connection = ledger.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, statement.encoding());
            update.setInt(2, statement.errors().size());
            update.setInt(3, statement.skipped());
            update.setString(4, errors.build().toString());
            update.setString(5, statement.format());
            update.setObject(6, id);
            update.executeUpdate();
        }
    }
}
