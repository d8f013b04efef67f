package org.tributary.importing.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * Hands out the rows of one partition of the run's file (records firstRecord to endRecord, exclusive). The
 * checkpoint is the next record number, so a restarted job goes on where the last committed chunk ended.
 */
@Dependent
@Named("statementRowReader")
public class StatementRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String firstRecord;

    @Inject
    @BatchProperty
    String endRecord;

    @Inject
    ParsedFiles files;

    private ParsedFile file;
    private int next;
    private int end;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        file = files.of(UUID.fromString(importId));
        next = checkpoint == null ? Integer.parseInt(firstRecord) : (Integer) checkpoint;
        end = Math.min(Integer.parseInt(endRecord), file.size());
    }

    @Override
    public Object readItem() {
        return next < end ? file.item(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
