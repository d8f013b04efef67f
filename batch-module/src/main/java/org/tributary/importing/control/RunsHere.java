package org.tributary.importing.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The import runs whose job this server's batch runtime has in hand: from just before the run is claimed (or
 * taken up) until its job's last listener has run. A run this server owns that is not here has lost its job,
 * for instance when PostgreSQL went away under the job and its failure could not even be recorded.
 */
@ApplicationScoped
public class RunsHere {

    private final Set<UUID> runs = ConcurrentHashMap.newKeySet();

    /** @return false if the run was in hand already */
    boolean take(UUID importId) {
        return runs.add(importId);
    }

    void letGo(UUID importId) {
        runs.remove(importId);
    }
}
