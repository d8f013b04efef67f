package org.tributary.importing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.tributary.platform.control.Resources;
import org.tributary.security.entity.SealedFiles;
import org.tributary.security.entity.SecretCipher;

/**
 * The bytes of an uploaded file, exactly as received, kept sealed at rest (decision 42): the database holds
 * {@link SealedFiles}' layout and the id of the key, or, for a file stored before sealing, the plain bytes
 * (the key rotation seals those).
 */
@ApplicationScoped
public class UploadedFiles {

    /** The upload and, when it names one, the upload that holds its bytes (a byte-identical earlier file). */
    private static final String HOLDER =
            " from raw_file.uploads u left join raw_file.uploads h on h.import_id = u.same_as"
                    + " where u.import_id = ?";

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

    /** The file as received, opened chunk by chunk from its sealed bytes. */
    public byte[] content(UUID importId) throws SQLException {
        try (Connection connection = ledger.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select coalesce(h.content, u.content), coalesce(h.sealed_with, u.sealed_with), u.size_bytes"
                                + HOLDER)) {
            // Binary transfer from the first execution: as text, a bytea comes hex-encoded, twice its size,
            // and decoding it took longer than parsing the file.
            query.unwrap(PGStatement.class).setPrepareThreshold(-1);
            query.setObject(1, importId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no uploaded file for import " + importId);
                }
                String keyId = row.getString(2);
                if (keyId == null) {
                    return row.getBytes(1);
                }
                try (InputStream plain = files().open(keyId, row.getBinaryStream(1))) {
                    return plain.readNBytes(row.getInt(3));
                } catch (IOException e) {
                    throw new IllegalStateException("the stored file of import " + importId + " does not open", e);
                }
            }
        }
    }

    /** Writes the file as received to {@code out}, opened one chunk at a time. */
    public void copyTo(UUID importId, OutputStream out) throws SQLException, IOException {
        try (Connection connection = ledger.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select coalesce(h.content, u.content), coalesce(h.sealed_with, u.sealed_with)" + HOLDER)) {
            query.unwrap(PGStatement.class).setPrepareThreshold(-1);
            query.setObject(1, importId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no uploaded file for import " + importId);
                }
                String keyId = row.getString(2);
                try (InputStream stored = row.getBinaryStream(1);
                        InputStream plain = keyId == null ? stored : files().open(keyId, stored)) {
                    plain.transferTo(out);
                }
            }
        }
    }

    /** Seals a file with the active key for storing. */
    byte[] seal(byte[] content) {
        return files().seal(content);
    }

    String activeKeyId() {
        return files().activeKeyId();
    }

    private static SealedFiles files() {
        return new SealedFiles(SecretCipher.configured());
    }
}
