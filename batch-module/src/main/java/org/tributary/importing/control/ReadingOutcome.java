package org.tributary.importing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.importing.control.statement.NotHappenedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.StatementStream;
import org.tributary.platform.control.Resources;

/**
 * Records on the run what reading its whole file found: the encoding, the format, the rows in error, the skipped,
 * and the rows the bank says never happened, kept in the raw data with their status (decision 34).
 */
@ApplicationScoped
public class ReadingOutcome {

    static final int MAX_REPORTED_ERRORS = 1000;
    private static final int NOT_HAPPENED_PER_STATEMENT = 10_000;
    /** A rerun after a crash finds them stored already. */
    private static final String NOT_HAPPENED = "insert into raw_file.not_happened (import_id, line_no, status, payload)"
            + " select ?, * from unnest(?::int[], ?::text[], ?::text[]) on conflict do nothing";

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    /** @param read a stream read to its end */
    void record(UUID importId, StatementStream read) throws SQLException {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        List<RowError> kept = read.errors();
        for (RowError error : kept.subList(0, Math.min(kept.size(), MAX_REPORTED_ERRORS))) {
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
            update.setString(1, read.encoding());
            update.setInt(2, read.errorCount());
            update.setInt(3, read.skipped());
            update.setString(4, errors.build().toString());
            update.setString(5, read.format());
            update.setInt(6, read.notHappenedCount());
            update.setObject(7, importId);
            update.executeUpdate();
            List<NotHappenedRow> all = read.notHappened();
            for (int from = 0; from < all.size(); from += NOT_HAPPENED_PER_STATEMENT) {
                List<NotHappenedRow> rows = all.subList(from, Math.min(all.size(), from + NOT_HAPPENED_PER_STATEMENT));
                notHappened.setObject(1, importId);
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
                                rows.stream().map(ReadingOutcome::payload).toArray()));
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
