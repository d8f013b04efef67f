package org.tributary.importing.control;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.platform.control.Resources;

/**
 * Writes a chunk of entries to the ledger with JDBC batches (no per-row JPA on this path): the raw records,
 * the transactions — a fingerprint already present is a duplicate and is counted, not stored — and the
 * run's counters, all in the chunk's transaction.
 */
@Dependent
@Named("ledgerWriter")
public class LedgerWriter extends AbstractItemWriter {

    private static final String INSERT = "insert into transactions (id, user_id, source_id, import_id, booked_date,"
            + " value_date, amount, currency, description, merchant, counterparty, external_id, pending, type,"
            + " category, categorised_by, fingerprint) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " on conflict (user_id, fingerprint) do nothing";
    private static final String RAW = "insert into raw_file.records (import_id, record_no, line_no, payload)"
            + " values (?, ?, ?, ?) on conflict do nothing";
    private static final String COUNT = "update import_runs set rows_read = rows_read + ?, imported = imported + ?,"
            + " duplicates = duplicates + ? where id = ?";

    @Inject
    @BatchProperty
    String importId;

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        UUID run = UUID.fromString(importId);
        try (Connection connection = ledger.getConnection();
                PreparedStatement raw = connection.prepareStatement(RAW);
                PreparedStatement insert = connection.prepareStatement(INSERT);
                PreparedStatement count = connection.prepareStatement(COUNT)) {
            for (Object item : items) {
                LedgerEntry entry = (LedgerEntry) item;
                raw.setObject(1, run);
                raw.setInt(2, entry.line());
                raw.setInt(3, entry.line());
                raw.setString(4, entry.rawPayload());
                raw.addBatch();
                bind(insert, entry);
                insert.addBatch();
            }
            raw.executeBatch();
            int imported = 0;
            for (int inserted : insert.executeBatch()) {
                imported += inserted > 0 ? 1 : 0;
            }
            count.setInt(1, items.size());
            count.setInt(2, imported);
            count.setInt(3, items.size() - imported);
            count.setObject(4, run);
            count.executeUpdate();
        }
    }

    private static void bind(PreparedStatement insert, LedgerEntry entry) throws SQLException {
        insert.setObject(1, entry.id());
        insert.setObject(2, entry.userId());
        insert.setObject(3, entry.sourceId());
        insert.setObject(4, entry.importId());
        insert.setDate(5, Date.valueOf(entry.bookedDate()));
        insert.setDate(6, entry.valueDate() == null ? null : Date.valueOf(entry.valueDate()));
        insert.setBigDecimal(7, entry.amount());
        insert.setString(8, entry.currency());
        insert.setString(9, entry.description());
        insert.setString(10, entry.merchant());
        insert.setString(11, entry.counterparty());
        insert.setString(12, entry.externalId());
        insert.setBoolean(13, entry.pending());
        insert.setString(14, entry.type());
        insert.setString(15, entry.category());
        insert.setString(16, entry.categorisedBy());
        insert.setString(17, entry.fingerprint().value());
    }
}
