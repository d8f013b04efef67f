package org.tributary.importing.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tributary.importing.control.csv.CsvMapping;
import org.tributary.importing.control.csv.CsvStatement;
import org.tributary.importing.control.csv.CsvStatementReader;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.StatementStream;
import org.tributary.importing.control.statement.UnreadableStatementException;
import org.tributary.importing.entity.ImportRun;
import org.tributary.platform.control.NotFoundException;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;

/**
 * Accepts an uploaded file: checks at once that it is a statement we can read, keeps the bytes exactly as
 * received, records the run and queues it. The work itself is the import job's.
 */
@Stateless
public class Imports {

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    @Inject
    Sources sources;

    @Inject
    ImportQueue queue;

    @Inject
    ImportLimits limits;

    @Inject
    UploadedFiles files;

    @Inject
    StorageQuotas quotas;

    /**
     * @param mappingJson a CSV column mapping the user confirmed (API.md), or null: it is remembered for the
     *     source, and a later file of the source without one is read with it
     * @param sourceId the source the person chose, or null: the source of the account the file names (made
     *     with {@code sourceName} or a proposed name when there is none yet), or without one the default
     *     "Uploaded files"
     * @param flipSigns whether the file's amounts are upside down (a card issuer's export), as the person said:
     *     remembered for the source; null: the source's remembered answer, else what the file shows when that is
     *     sure (decision 34)
     */
    public ImportRun accept(
            UUID userId,
            UUID sourceId,
            String sourceName,
            String fileName,
            String contentType,
            byte[] content,
            String declaredFormat,
            String mappingJson,
            Boolean flipSigns) {
        // All of the file that is read whole is read before the database is touched: no connection is held
        // while it is parsed (a CSV's check below reads a bounded sample, with the source's remembered mapping).
        StatementFormat format = StatementFormat.detect(declaredFormat, content);
        limits.checkLineCount(content);
        Optional<StatementAccount> account = AccountDetector.detect(format, content);
        SignGuess signs = format == StatementFormat.CSV ? null : checkedWhole(format, content);
        byte[] sha256 = StorageQuotas.sha256(content);
        Optional<UUID> storedCopy = quotas.storedCopy(userId, sha256);
        quotas.check(userId, storedCopy.isPresent() ? 0 : content.length);
        Source source = source(userId, sourceId, sourceName, account);
        CsvMapping mapping = null;
        if (format == StatementFormat.CSV) {
            mapping = mappingJson != null
                    ? CsvMapping.parse(mappingJson)
                    : sources.csvMapping(userId, source.getId())
                            .map(CsvMapping::parse)
                            .orElse(null);
            signs = checkedSample(content, mapping);
        }
        if (mappingJson != null && mapping != null) {
            sources.rememberCsvMapping(userId, source.getId(), mapping.toJson());
        }
        if (flipSigns != null) {
            source.readSignsFlipped(flipSigns);
        }
        ImportRun run = new ImportRun(userId, source.getId(), format.name().toLowerCase(), fileName);
        run.readSignsFlipped(source.getFlipSigns() != null ? source.getFlipSigns() : signs.flip());
        em.persist(run);
        em.flush();
        if (mapping != null) {
            em.createNativeQuery("update import_runs set csv_mapping = cast(? as jsonb) where id = ?")
                    .setParameter(1, mapping.toJson())
                    .setParameter(2, run.getId())
                    .executeUpdate();
        }
        storeRaw(run, fileName, contentType, content, sha256, storedCopy);
        queue.request(run.getId());
        return run;
    }

    /**
     * A run opened before its data arrived (a bank sync: the person has its id while the bank is asked), given
     * what the bank sent, exactly as received, under the run's file name; it is then imported like an uploaded file
     * of the run's format.
     */
    public void acceptFetched(UUID importId, String contentType, byte[] content) {
        ImportRun run = em.find(ImportRun.class, importId);
        if (run == null || run.isFinished()) {
            return;
        }
        StatementFormat format = StatementFormat.named(run.getFormat()).orElseThrow();
        limits.checkLineCount(content);
        // a bank with nothing new since the last fetch answers a statement without rows: a sync of nothing
        checkedWhole(format, content, true);
        byte[] sha256 = StorageQuotas.sha256(content);
        Optional<UUID> storedCopy = quotas.storedCopy(run.getUserId(), sha256);
        quotas.check(run.getUserId(), storedCopy.isPresent() ? 0 : content.length);
        storeRaw(run, run.getFileName(), contentType, content, sha256, storedCopy);
        queue.request(run.getId());
    }

    /** A run for data still to come from a bank: queued, with no file yet. */
    public ImportRun openForSync(UUID userId, UUID sourceId, StatementFormat format, String fileName) {
        ImportRun run = ImportRun.fetched(userId, sourceId, format.name().toLowerCase(), fileName);
        em.persist(run);
        em.flush();
        return run;
    }

    private void storeRaw(
            ImportRun run,
            String fileName,
            String contentType,
            byte[] content,
            byte[] sha256,
            Optional<UUID> storedCopy) {
        // The same bytes already kept for the person are named, not stored again.
        var insert = storedCopy.isPresent()
                ? em.createNativeQuery("insert into raw_file.uploads (import_id, user_id, file_name, content_type,"
                                + " size_bytes, sha256, same_as) values (?, ?, ?, ?, ?, ?, ?)")
                        .setParameter(7, storedCopy.get())
                : em.createNativeQuery("insert into raw_file.uploads (import_id, user_id, file_name, content_type,"
                                + " size_bytes, sha256, content, sealed_with) values (?, ?, ?, ?, ?, ?, ?, ?)")
                        .setParameter(7, files.seal(content))
                        .setParameter(8, files.activeKeyId());
        insert.setParameter(1, run.getId())
                .setParameter(2, run.getUserId())
                .setParameter(3, fileName)
                .setParameter(4, contentType)
                .setParameter(5, content.length)
                .setParameter(6, sha256)
                .executeUpdate();
    }

    /** The proposed answer to "which account is this?" for a file, or null when the file names no account. */
    public AccountProposal propose(UUID userId, ImportPreview preview, byte[] content) {
        StatementFormat format = StatementFormat.named(preview.format()).orElse(StatementFormat.CSV);
        return AccountDetector.detect(format, content)
                .map(account -> sources.ofAccount(userId, account.identifier())
                        .map(source -> new AccountProposal(
                                account.lastFour(),
                                account.currency(),
                                account.bank(),
                                source.getId(),
                                source.getName()))
                        .orElseGet(() -> new AccountProposal(
                                account.lastFour(), account.currency(), account.bank(), null, account.proposedName())))
                .orElse(null);
    }

    /**
     * Reads the whole of a file that is not a CSV, one row at a time: refuses it when it holds no transaction, else
     * tells what its amounts say of their signs.
     */
    private static SignGuess checkedWhole(StatementFormat format, byte[] content) {
        return checkedWhole(format, content, false);
    }

    private static SignGuess checkedWhole(StatementFormat format, byte[] content, boolean emptyAllowed) {
        SignConvention.Tally signs = new SignConvention.Tally();
        try (StatementStream rows = StatementReaders.rows(format, content, "EUR")) {
            boolean any = false;
            for (ParsedRow row = rows.next(); row != null; row = rows.next()) {
                signs.add(row);
                any = true;
            }
            refuseEmpty(emptyAllowed || any || rows.errorCount() > 0 || rows.notHappenedCount() > 0);
        }
        return signs.guess(List.of());
    }

    /** Reads the first rows of a CSV (all of a small one) as the preview does, and the same of their signs. */
    private static SignGuess checkedSample(byte[] content, CsvMapping mapping) {
        byte[] start = UploadSample.of(content);
        CsvStatement csv = CsvStatementReader.read(start, "EUR", mapping, start.length == content.length);
        Statement check = csv.toStatement();
        refuseEmpty(!check.rows().isEmpty()
                || !check.errors().isEmpty()
                || !check.notHappened().isEmpty());
        return SignConvention.detect(csv.layout().columns(), check.rows());
    }

    private static void refuseEmpty(boolean anyTransaction) {
        if (!anyTransaction) {
            throw UnreadableStatementException.noTransactions();
        }
    }

    private Source source(UUID userId, UUID sourceId, String sourceName, Optional<StatementAccount> account) {
        if (sourceId != null) {
            Source chosen = sources.find(userId, sourceId);
            account.ifPresent(a -> sources.holdAccount(userId, chosen, a.identifier(), a.lastFour(), a.currency()));
            return chosen;
        }
        if (account.isPresent()) {
            StatementAccount a = account.get();
            return sources.forAccount(
                    userId,
                    a.identifier(),
                    a.lastFour(),
                    a.currency(),
                    sourceName == null ? a.proposedName() : sourceName);
        }
        return sourceName == null ? sources.defaultFileSource(userId) : sources.createFile(userId, sourceName);
    }

    private static String firstCurrency(ImportPreview preview) {
        return preview.sample().isEmpty()
                ? null
                : (String) preview.sample().get(0).get("currency");
    }

    /** The files imported into one of the user's sources, newest first (the latest 200). */
    public List<ImportRun> ofSource(UUID userId, UUID sourceId) {
        sources.find(userId, sourceId); // another user's source is not found, as everywhere
        return em.createQuery(
                        "select r from ImportRun r where r.userId = :user and r.sourceId = :source"
                                + " order by r.createdAt desc",
                        ImportRun.class)
                .setParameter("user", userId)
                .setParameter("source", sourceId)
                .setMaxResults(200)
                .getResultList();
    }

    public ImportRun find(UUID userId, UUID importId) {
        ImportRun run = em.find(ImportRun.class, importId);
        if (run == null || !run.getUserId().equals(userId)) {
            throw new NotFoundException("import");
        }
        return run;
    }
}
