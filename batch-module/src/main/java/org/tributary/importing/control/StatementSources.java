package org.tributary.importing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * What was found once about a run's stored file, for all the partitions of its load: the first to ask finds
 * it (a CSV's layout; a bank JSON's dialect and the ids its rows share; the whole statement of the other
 * formats), the others wait for that result and each streams the file itself. Released when the load step ends (a crash releases it with the process).
 */
@ApplicationScoped
public class StatementSources {

    @Inject
    UploadedFiles uploads;

    @Inject
    ImportRuns runs;

    private final Map<UUID, CompletableFuture<StatementSource>> sources = new ConcurrentHashMap<>();

    StatementSource of(UUID importId) throws Exception {
        CompletableFuture<StatementSource> mine = new CompletableFuture<>();
        CompletableFuture<StatementSource> theirs = sources.putIfAbsent(importId, mine);
        if (theirs != null) {
            return awaited(theirs);
        }
        try {
            mine.complete(find(importId));
        } catch (Exception | Error e) {
            sources.remove(importId, mine);
            mine.completeExceptionally(e);
        }
        return awaited(mine);
    }

    void release(UUID importId) {
        sources.remove(importId);
    }

    private StatementSource find(UUID importId) throws SQLException {
        return StatementReaders.source(
                runs.format(importId),
                uploads.content(importId),
                runs.context(importId).baseCurrency(),
                runs.csvMapping(importId));
    }

    private static StatementSource awaited(CompletableFuture<StatementSource> source) throws Exception {
        try {
            return source.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
