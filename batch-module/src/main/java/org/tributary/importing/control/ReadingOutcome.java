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
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.StatementStream;
import org.tributary.platform.control.Resources;

/** Records on the run what reading its whole file found: the encoding, the format, the rows in error, the skipped. */
@ApplicationScoped
public class ReadingOutcome {

    static final int MAX_REPORTED_ERRORS = 1000;

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
        String sql =
                "update import_runs set encoding = ?, rejected = ?, skipped = ?, errors = ?::jsonb, format = ? where id = ?";
        try (Connection connection = ledger.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, read.encoding());
            update.setInt(2, read.errorCount());
            update.setInt(3, read.skipped());
            update.setString(4, errors.build().toString());
            update.setString(5, read.format());
            update.setObject(6, importId);
            update.executeUpdate();
        }
    }
}
