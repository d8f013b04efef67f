package org.tributary.importing.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Large files take turns to be loaded, at most TRIBUTARY_IMPORT_LARGE_AT_ONCE (default 2) at once on a
 * server: each holds its stored bytes and, per partition, the count of every distinct row (a million-row
 * file: about 80 MB and 40 MB a partition), and two fill the cores. A small file (below
 * TRIBUTARY_IMPORT_LARGE_BYTES, default 8 MB) never waits for a turn, so a few hundred rows are loaded in
 * seconds while big ones run. A turn is held by the run's load step and given back when that step ends.
 */
@ApplicationScoped
public class LargeImportTurns {

    @Inject
    @ConfigProperty(name = "tributary.import.large-bytes", defaultValue = "8388608")
    long largeBytes;

    @Inject
    @ConfigProperty(name = "tributary.import.large-at-once", defaultValue = "2")
    int atOnce;

    private Semaphore turns;
    private final Set<UUID> holders = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        turns = new Semaphore(Math.max(1, atOnce), true);
    }

    /** Waits for a turn when the file is large; returns at once for a small one or a run that holds one. */
    void take(UUID importId, long sizeBytes) throws InterruptedException {
        if (sizeBytes < largeBytes || holders.contains(importId)) {
            return;
        }
        turns.acquire();
        holders.add(importId);
    }

    void giveBack(UUID importId) {
        if (holders.remove(importId)) {
            turns.release();
        }
    }
}
