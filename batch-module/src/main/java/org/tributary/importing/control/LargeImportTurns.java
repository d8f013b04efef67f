package org.tributary.importing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Large files take turns to be loaded, at most TRIBUTARY_IMPORT_LARGE_AT_ONCE (default 2) at once on a
 * server: each holds its stored bytes and, per partition, the count of every distinct row (a million-row
 * file: about 80 MB and 40 MB a partition), and two fill the cores. A small file (below
 * TRIBUTARY_IMPORT_LARGE_BYTES, default 8 MB) never waits for a turn, so a few hundred rows are loaded in
 * seconds while big ones run. A turn is held by the run's load step and given back when that step ends.
 * One person's files take at most all the turns but one (decision 42).
 */
@ApplicationScoped
public class LargeImportTurns {

    @Inject
    @ConfigProperty(name = "tributary.import.large-bytes", defaultValue = "8388608")
    long largeBytes;

    @Inject
    @ConfigProperty(name = "tributary.import.large-at-once", defaultValue = "2")
    int atOnce;

    /** The runs holding a turn, and whose they are. */
    private final Map<UUID, UUID> holders = new HashMap<>();

    /**
     * Waits for a turn when the file is large; returns at once for a small one or a run that holds one. One
     * person holds at most all turns but one (when there are two or more), so that their large files, resumed
     * after a restart or uploaded together, can never keep everyone else's waiting.
     */
    synchronized void take(UUID importId, UUID userId, long sizeBytes) throws InterruptedException {
        if (sizeBytes < largeBytes || holders.containsKey(importId)) {
            return;
        }
        int atOnce = Math.max(1, this.atOnce);
        int perPerson = Math.max(1, atOnce - 1);
        while (holders.size() >= atOnce || heldBy(userId) >= perPerson) {
            wait();
        }
        holders.put(importId, userId);
    }

    synchronized void giveBack(UUID importId) {
        if (holders.remove(importId) != null) {
            notifyAll();
        }
    }

    private long heldBy(UUID userId) {
        return holders.values().stream().filter(userId::equals).count();
    }
}
