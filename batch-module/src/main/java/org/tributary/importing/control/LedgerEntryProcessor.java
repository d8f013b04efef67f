package org.tributary.importing.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Normalises each row into a ledger entry for the run's user and source. */
@Dependent
@Named("ledgerEntryProcessor")
public class LedgerEntryProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    ImportRuns runs;

    private Normaliser.ImportContext context;
    private RowClassifier classifier;

    @Override
    public Object processItem(Object item) {
        if (context == null) {
            context = runs.context(UUID.fromString(importId));
            classifier = new RowClassifier(context.rules());
        }
        ImportItem row = (ImportItem) item;
        return new NumberedEntry(
                row.recordNo(), Normaliser.normalise(context, classifier, row.row(), row.occurrence()));
    }
}
