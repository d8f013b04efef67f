package org.tributary.importing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.tributary.importing.control.statement.Statement;

/**
 * Reads a run's stored file once for all the partitions of its load: the first to ask parses it, the
 * others wait for that result. Released when the load step ends (a crash releases it with the process).
 */
@ApplicationScoped
public class ParsedFiles {

    @Inject
    UploadedFiles uploads;

    @Inject
    ImportRuns runs;

    private final Map<UUID, CompletableFuture<ParsedFile>> files = new ConcurrentHashMap<>();

    ParsedFile of(UUID importId) throws Exception {
        CompletableFuture<ParsedFile> mine = new CompletableFuture<>();
        CompletableFuture<ParsedFile> theirs = files.putIfAbsent(importId, mine);
        if (theirs != null) {
            return awaited(theirs);
        }
        try {
            mine.complete(new ParsedFile(read(importId)));
        } catch (Exception | Error e) {
            files.remove(importId, mine);
            mine.completeExceptionally(e);
        }
        return awaited(mine);
    }

    void release(UUID importId) {
        files.remove(importId);
    }

    private Statement read(UUID importId) throws SQLException {
        return StatementReaders.read(
                runs.format(importId),
                uploads.content(importId),
                runs.context(importId).baseCurrency(),
                runs.csvMapping(importId));
    }

    private static ParsedFile awaited(CompletableFuture<ParsedFile> file) throws Exception {
        try {
            return file.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
