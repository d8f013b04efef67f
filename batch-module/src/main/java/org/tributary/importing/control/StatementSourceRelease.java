package org.tributary.importing.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/**
 * Lets go of what was found about the run's file, and of its turn among large files, when its load step
 * ends, however it ends.
 */
@Dependent
@Named("statementSourceRelease")
public class StatementSourceRelease extends AbstractStepListener {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    StatementSources sources;

    @Inject
    LargeImportTurns turns;

    @Override
    public void afterStep() {
        sources.release(UUID.fromString(importId));
        turns.giveBack(UUID.fromString(importId));
    }
}
