package org.tributary.importing.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.tributary.importing.control.statement.KeyCounter;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.StatementStream;

/**
 * Streams the run's file and hands out the rows of its stripe (chunks stripe, stripe + stripes, … of
 * stripeRows rows each). Only the row at hand is held, and the count of each row's identical predecessors
 * (part of its fingerprint) as 20 bytes a distinct row. The checkpoint is the number of the next row to hand
 * out: a restarted job reads the file again from its start, counting, and goes on where the last committed
 * chunk ended. Stripe 0 records what reading the whole file found when it reaches the end.
 */
@Dependent
@Named("statementRowReader")
public class StatementRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String stripe;

    @Inject
    @BatchProperty
    String stripes;

    @Inject
    @BatchProperty
    String stripeRows;

    @Inject
    StatementSources sources;

    @Inject
    ReadingOutcome outcome;

    private StatementStream stream;
    private final KeyCounter occurrences = new KeyCounter();
    private int mine;
    private int of;
    private int width;
    private int read;
    private int next;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        stream = sources.of(UUID.fromString(importId)).open();
        mine = Integer.parseInt(stripe);
        of = Integer.parseInt(stripes);
        width = Integer.parseInt(stripeRows);
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() throws Exception {
        for (ParsedRow row = stream.next(); row != null; row = stream.next()) {
            int recordNo = read++;
            int occurrence = occurrences.add(Fingerprint.occurrenceKey(
                    row.bookedDate(), row.amount(), row.description() + " " + row.fingerprintCounterparty()));
            if (recordNo >= next && (recordNo / width) % of == mine) {
                next = recordNo + 1;
                return new ImportItem(recordNo, row, occurrence);
            }
        }
        next = read;
        if (mine == 0) {
            outcome.record(UUID.fromString(importId), stream);
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
