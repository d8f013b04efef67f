package org.tributary.importing.control.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.tributary.fuzz.FuzzBudget;
import org.tributary.importing.control.TooManyRowsException;
import org.tributary.importing.control.statement.UnreadableRowException;
import org.tributary.importing.control.statement.UnreadableStatementException;
import org.tributary.platform.control.InvalidInputException;

/**
 * The CSV layout detector where {@code StatementReadersFuzzTest#csv} does not reach it: on the path of a file
 * too large to hold (a sample and one pass over the columns, forced here for any size), and under a mapping the
 * user wrote (decision 43, docs/fuzzing.md).
 */
class CsvLayoutFuzzTest {

    /** The layout found the way a file of gigabytes is surveyed, then every row streamed with it. */
    @FuzzTest
    void surveyed(byte[] file) {
        FuzzBudget.check(
                "csv-surveyed",
                file.length,
                () -> {
                    try (CsvStream rows = CsvStream.open(file, "EUR", null, 0)) {
                        while (rows.next() != null) {
                            // each row is read and dropped, as the import job does
                        }
                    }
                },
                UnreadableStatementException.class,
                UnreadableRowException.class,
                TooManyRowsException.class);
    }

    /** The first line a mapping (API.md, "CSV mapping"), the rest the file it is laid over. */
    @FuzzTest
    void mapped(byte[] input) {
        int newline = indexOf(input, (byte) '\n');
        String json = new String(input, 0, newline < 0 ? input.length : newline, StandardCharsets.UTF_8);
        byte[] file = newline < 0 ? new byte[0] : Arrays.copyOfRange(input, newline + 1, input.length);
        FuzzBudget.check(
                "csv-mapped",
                input.length,
                () -> CsvStatementReader.read(file, "EUR", CsvMapping.parse(json)),
                InvalidInputException.class,
                UnreadableStatementException.class,
                UnreadableRowException.class,
                TooManyRowsException.class);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
