package org.tributary.importing.control.statement;

import java.util.Iterator;
import java.util.List;

/**
 * A statement read one row at a time, in file order: what the import job reads, so that only the row at hand
 * is in memory, whatever the size of the file. The rows in error and the lines skipped are counted as they
 * are met; once {@link #next} has answered null they are the file's.
 */
public interface StatementStream extends AutoCloseable {

    String format();

    String encoding();

    /** @return the next transaction of the file, or null at its end */
    ParsedRow next();

    /** The rows in error met so far, the first ones up to a bound. */
    List<RowError> errors();

    /** How many rows were in error so far (may exceed the size of {@link #errors}). */
    int errorCount();

    int skipped();

    /** The rows met so far that the bank says never happened (decision 34), the first ones up to a bound. */
    List<NotHappenedRow> notHappened();

    /** How many rows never happened so far (may exceed the size of {@link #notHappened}). */
    int notHappenedCount();

    @Override
    void close();

    /** A statement already read whole (the formats whose files are small), handed out row by row. */
    static StatementStream of(Statement statement) {
        Iterator<ParsedRow> rows = statement.rows().iterator();
        return new StatementStream() {
            @Override
            public String format() {
                return statement.format();
            }

            @Override
            public String encoding() {
                return statement.encoding();
            }

            @Override
            public ParsedRow next() {
                return rows.hasNext() ? rows.next() : null;
            }

            @Override
            public List<RowError> errors() {
                return statement.errors();
            }

            @Override
            public int errorCount() {
                return statement.errors().size();
            }

            @Override
            public int skipped() {
                return statement.skipped();
            }

            @Override
            public List<NotHappenedRow> notHappened() {
                return statement.notHappened();
            }

            @Override
            public int notHappenedCount() {
                return statement.notHappened().size();
            }

            @Override
            public void close() {}
        };
    }
}
