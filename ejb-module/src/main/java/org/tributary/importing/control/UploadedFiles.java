package org.tributary.importing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.tributary.platform.control.Resources;

/** The bytes of an uploaded file, exactly as received. */
@ApplicationScoped
public class UploadedFiles {

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    /** The size in bytes of the run's file, without reading it. */
    public long size(UUID importId) throws SQLException {
        try (Connection connection = ledger.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select size_bytes from raw_file.uploads where import_id = ?")) {
            query.setObject(1, importId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    public byte[] content(UUID importId) throws SQLException {
        try (Connection connection = ledger.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select content from raw_file.uploads where import_id = ?")) {
            // Binary transfer from the first execution: as text, a bytea comes hex-encoded, twice its size,
            // and decoding it took longer than parsing the file.
            query.unwrap(PGStatement.class).setPrepareThreshold(-1);
            query.setObject(1, importId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no uploaded file for import " + importId);
                }
                return row.getBytes(1);
            }
        }
    }
}
