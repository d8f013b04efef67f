package org.tributary.importing.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Lets go of the run's parsed file when its load step ends, however it ends. */
@Dependent
@Named("parsedFileRelease")
public class ParsedFileRelease extends AbstractStepListener {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    ParsedFiles files;

    @Override
    public void afterStep() {
        files.release(UUID.fromString(importId));
    }
}
