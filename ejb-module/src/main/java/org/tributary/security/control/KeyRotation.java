package org.tributary.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.tributary.platform.control.Resources;
import org.tributary.security.entity.SealedFiles;
import org.tributary.security.entity.SecretCipher;

/**
 * Re-seals with the active key whatever is sealed with another key, or stored plain from before sealing:
 * the sources' credentials and the raw statement files (decision 42). It runs a few seconds after start and
 * then every ten minutes (every half minute while rows another transaction held are left), one value or file
 * per transaction, each row taken with {@code for no key update skip locked}, so two servers on one database
 * share the work and never seal a row twice over each other, and an import writing a file's rows (which holds a
 * key-share lock on it) is not waited for. Once a pass finds nothing left under an old key, that key can be
 * removed from the configuration.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());
    private static final long EVERY_MILLIS = 10 * 60 * 1000L;
    private static final long SOON_MILLIS = 30_000L;
    /** The least uuid as PostgreSQL orders them (bytes unsigned), unlike Java's signed {@code UUID.compareTo}. */
    private static final UUID FIRST = new UUID(0L, 0L);

    @Resource
    TimerService timers;

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(3_000, EVERY_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    void rotate() {
        SecretCipher cipher = SecretCipher.configured();
        try {
            int credentials = 0;
            for (UUID after = FIRST; (after = resealOneCredential(cipher, after)) != null; ) {
                credentials++;
            }
            int files = 0;
            for (UUID after = FIRST; (after = resealOneFile(cipher, after)) != null; ) {
                files++;
            }
            if (credentials + files > 0) {
                int c = credentials;
                int f = files;
                LOG.info(() -> "key rotation: re-sealed " + c + " source credential(s) and " + f
                        + " raw file(s) with key " + cipher.activeKeyId());
                // Rows another transaction held were skipped; while passes make progress, the next one comes soon.
                if (anyLeft(cipher)) {
                    timers.createSingleActionTimer(SOON_MILLIS, new TimerConfig(null, false));
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "key rotation stopped; the next pass goes on where it stopped", e);
        }
    }

    private boolean anyLeft(SecretCipher cipher) throws SQLException {
        try (Connection connection = ledger.getConnection();
                PreparedStatement query = connection.prepareStatement("select exists (select 1 from sources"
                        + " where credentials is not null and credentials not like ?) or exists (select 1"
                        + " from raw_file.uploads where sealed_with is distinct from ? and content is not null)")) {
            query.setString(1, "v1." + cipher.activeKeyId() + ".%");
            query.setString(2, cipher.activeKeyId());
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** @return the id of the source it re-sealed (or could not: logged), null when none is left after {@code after} */
    private UUID resealOneCredential(SecretCipher cipher, UUID after) throws SQLException {
        try (Connection connection = ledger.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement("select id, credentials from sources"
                    + " where credentials is not null and credentials not like ? and id > ?"
                    + " order by id limit 1 for no key update skip locked")) {
                query.setString(1, "v1." + cipher.activeKeyId() + ".%");
                query.setObject(2, after);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        connection.rollback();
                        return null;
                    }
                    UUID id = row.getObject(1, UUID.class);
                    String resealed;
                    try {
                        resealed = cipher.seal(cipher.open(row.getString(2)));
                    } catch (RuntimeException e) {
                        LOG.warning(() ->
                                "key rotation: the credentials of source " + id + " do not open: " + e.getMessage());
                        connection.rollback();
                        return id;
                    }
                    try (PreparedStatement update =
                            connection.prepareStatement("update sources set credentials = ? where id = ?")) {
                        update.setString(1, resealed);
                        update.setObject(2, id);
                        update.executeUpdate();
                    }
                    connection.commit();
                    return id;
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** @return the import whose file it re-sealed (or could not: logged), null when none is left after {@code after} */
    private UUID resealOneFile(SecretCipher cipher, UUID after) throws SQLException {
        SealedFiles files = new SealedFiles(cipher);
        try (Connection connection = ledger.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement(
                    "select import_id, sealed_with, content, size_bytes from raw_file.uploads"
                            + " where sealed_with is distinct from ? and content is not null and import_id > ?"
                            + " order by import_id limit 1 for no key update skip locked")) {
                query.setString(1, cipher.activeKeyId());
                query.setObject(2, after);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        connection.rollback();
                        return null;
                    }
                    UUID id = row.getObject(1, UUID.class);
                    String keyId = row.getString(2);
                    ByteArrayOutputStream sealed = new ByteArrayOutputStream(SealedFiles.sealedSize(row.getLong(4)));
                    try (InputStream stored = row.getBinaryStream(3);
                            InputStream plain = keyId == null ? stored : files.open(keyId, stored)) {
                        files.seal(plain, sealed);
                    } catch (IOException | RuntimeException e) {
                        LOG.warning(() ->
                                "key rotation: the raw file of import " + id + " does not open: " + e.getMessage());
                        connection.rollback();
                        return id;
                    }
                    try (PreparedStatement update = connection.prepareStatement(
                            "update raw_file.uploads set content = ?, sealed_with = ? where import_id = ?")) {
                        update.setBytes(1, sealed.toByteArray());
                        update.setString(2, files.activeKeyId());
                        update.setObject(3, id);
                        update.executeUpdate();
                    }
                    connection.commit();
                    return id;
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
