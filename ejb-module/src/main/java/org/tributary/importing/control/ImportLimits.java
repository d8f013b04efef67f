package org.tributary.importing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How many transactions one file may hold (TRIBUTARY_IMPORT_MAX_ROWS); the size in bytes is the API's limit. */
@ApplicationScoped
public class ImportLimits {

    @Inject
    @ConfigProperty(name = "tributary.import.max-rows", defaultValue = "2000000")
    int maxRows;

    /**
     * At upload, a cheap bound: a file has at least as many lines as rows, so one with far more lines than
     * the limit is refused at once. The exact count is checked when the job reads the file.
     */
    public void checkLineCount(byte[] content) {
        long lines = 0;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
            }
        }
        if (lines > maxRows + 100L) {
            throw new TooManyRowsException(lines, maxRows);
        }
    }

    public int maxRows() {
        return maxRows;
    }

    /** @throws TooManyRowsException when the file read holds more transactions than allowed */
    public void checkRowCount(int rows) {
        if (rows > maxRows) {
            throw new TooManyRowsException(rows, maxRows);
        }
    }
}
