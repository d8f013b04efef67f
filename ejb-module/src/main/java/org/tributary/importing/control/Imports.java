package org.tributary.importing.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.UUID;
import org.tributary.importing.control.csv.CsvMapping;
import org.tributary.importing.control.statement.Statement;
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

    /** Enough of a file to recognise its layout at upload time without reading all of it. */
    private static final int PREVIEW_BYTES = 64 * 1024;

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    @Inject
    Sources sources;

    @Inject
    ImportQueue queue;

    @Inject
    ImportLimits limits;

    /**
     * @param mappingJson a CSV column mapping the user confirmed (API.md), or null: it is remembered for the
     *     source, and a later file of the source without one is read with it
     */
    public ImportRun accept(
            UUID userId,
            UUID sourceId,
            String fileName,
            String contentType,
            byte[] content,
            String declaredFormat,
            String mappingJson) {
        StatementFormat format = StatementFormat.detect(declaredFormat, content);
        limits.checkLineCount(content);
        Source source = sourceId == null ? sources.defaultFileSource(userId) : sources.find(userId, sourceId);
        CsvMapping mapping = null;
        if (format == StatementFormat.CSV) {
            mapping = mappingJson != null
                    ? CsvMapping.parse(mappingJson)
                    : sources.csvMapping(userId, source.getId())
                            .map(CsvMapping::parse)
                            .orElse(null);
        }
        Statement check = StatementReaders.read(
                format, format == StatementFormat.CSV ? sample(content) : content, "EUR", mapping);
        if (check.rows().isEmpty() && check.errors().isEmpty()) {
            throw new UnreadableStatementException("This statement holds no transactions.");
        }
        if (mappingJson != null && mapping != null) {
            sources.rememberCsvMapping(userId, source.getId(), mapping.toJson());
        }
        ImportRun run = new ImportRun(userId, source.getId(), format.name().toLowerCase(), fileName);
        em.persist(run);
        em.flush();
        if (mapping != null) {
            em.createNativeQuery("update import_runs set csv_mapping = cast(? as jsonb) where id = ?")
                    .setParameter(1, mapping.toJson())
                    .setParameter(2, run.getId())
                    .executeUpdate();
        }
        em.createNativeQuery(
                        "insert into raw_file.uploads (import_id, user_id, file_name, content_type, size_bytes, content)"
                                + " values (?, ?, ?, ?, ?, ?)")
                .setParameter(1, run.getId())
                .setParameter(2, userId)
                .setParameter(3, fileName)
                .setParameter(4, contentType)
                .setParameter(5, content.length)
                .setParameter(6, content)
                .executeUpdate();
        queue.request(run.getId());
        return run;
    }

    public ImportRun find(UUID userId, UUID importId) {
        ImportRun run = em.find(ImportRun.class, importId);
        if (run == null || !run.getUserId().equals(userId)) {
            throw new NotFoundException("import");
        }
        return run;
    }

    /** The first lines of the file, cut at a line end so that no row is read half. */
    private static byte[] sample(byte[] content) {
        if (content.length <= PREVIEW_BYTES) {
            return content;
        }
        int end = PREVIEW_BYTES;
        while (end > 0 && content[end - 1] != '\n') {
            end--;
        }
        return end == 0 ? content : Arrays.copyOf(content, end);
    }
}
