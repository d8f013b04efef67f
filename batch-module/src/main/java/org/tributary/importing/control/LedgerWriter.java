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
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.platform.control.Resources;
import org.tributary.transactions.control.LedgerWrites;

/**
 * Writes a chunk of entries to the ledger in a few statements (no per-row JPA on this path): the raw
 * records, the transactions through the ledger's one write path ({@link LedgerWrites}: a fingerprint already
 * present is a duplicate and is counted, not stored; a pending twin is promoted to booked) and the run's
 * counters, all in the chunk's transaction.
 */
@Dependent
@Named("ledgerWriter")
public class LedgerWriter extends AbstractItemWriter {

    private static final String RAW = "insert into raw_file.records (import_id, record_no, line_no, payload)"
            + " select ?, * from unnest(?::int[], ?::int[], ?::text[]) on conflict do nothing";
    private static final String COUNT = "update import_runs set rows_read = rows_read + ?, imported = imported + ?,"
            + " duplicates = duplicates + ?, first_booked = least(first_booked, ?), last_booked = greatest(last_booked, ?)"
            + " where id = ?";
    /** Which stored rows this file held again: undoing the import that stored them hands them to this one. */
    private static final String DUPLICATES = "insert into import_duplicates (import_id, transaction_id)"
            + " select ?, t.id from unnest(?::uuid[]) f (fingerprint) join transactions t"
            + " on t.user_id = ? and t.fingerprint = f.fingerprint where t.import_id is distinct from ?"
            + " on conflict do nothing";

    @Inject
    @BatchProperty
    String importId;

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        UUID run = UUID.fromString(importId);
        List<NumberedEntry> numbered =
                items.stream().map(NumberedEntry.class::cast).toList();
        List<LedgerEntry> entries = numbered.stream().map(NumberedEntry::entry).toList();
        try (Connection connection = ledger.getConnection();
                PreparedStatement raw = connection.prepareStatement(RAW);
                PreparedStatement count = connection.prepareStatement(COUNT)) {
            raw.setObject(1, run);
            raw.setArray(
                    2,
                    connection.createArrayOf(
                            "int4",
                            numbered.stream().map(NumberedEntry::recordNo).toArray()));
            raw.setArray(3, array(connection, "int4", entries, LedgerEntry::line));
            raw.setArray(4, array(connection, "text", entries, LedgerEntry::rawPayload));
            raw.executeUpdate();
            int imported = LedgerWrites.write(
                            connection,
                            entries.stream().map(LedgerWriter::newTransaction).toList())
                    .inserted();
            count.setInt(1, entries.size());
            count.setInt(2, imported);
            count.setInt(3, entries.size() - imported);
            count.setDate(
                    4,
                    Date.valueOf(entries.stream()
                            .map(LedgerEntry::bookedDate)
                            .min(Comparator.naturalOrder())
                            .orElseThrow()));
            count.setDate(
                    5,
                    Date.valueOf(entries.stream()
                            .map(LedgerEntry::bookedDate)
                            .max(Comparator.naturalOrder())
                            .orElseThrow()));
            count.setObject(6, run);
            count.executeUpdate();
            if (imported < entries.size()) {
                try (PreparedStatement duplicates = connection.prepareStatement(DUPLICATES)) {
                    duplicates.setObject(1, run);
                    duplicates.setArray(
                            2,
                            array(
                                    connection,
                                    "uuid",
                                    entries,
                                    e -> e.fingerprint().value()));
                    duplicates.setObject(3, entries.get(0).userId());
                    duplicates.setObject(4, run);
                    duplicates.executeUpdate();
                }
            }
        }
    }

    private static LedgerWrites.NewTransaction newTransaction(LedgerEntry e) {
        return new LedgerWrites.NewTransaction(
                e.id(),
                e.userId(),
                e.sourceId(),
                e.importId(),
                e.bookedDate(),
                e.valueDate(),
                e.amount(),
                e.currency(),
                e.description(),
                e.merchant(),
                e.counterparty(),
                e.externalId(),
                e.pending(),
                e.type(),
                e.category(),
                e.categorisedBy(),
                e.fingerprint().value(),
                e.confidence(),
                e.categoryReason());
    }

    private static java.sql.Array array(
            Connection connection,
            String type,
            List<LedgerEntry> entries,
            java.util.function.Function<LedgerEntry, Object> column)
            throws SQLException {
        return connection.createArrayOf(type, entries.stream().map(column).toArray());
    }
}
