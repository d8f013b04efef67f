package org.tributary.importing.control;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tributary.fuzz.FuzzBudget;
import org.tributary.importing.control.statement.StatementStream;
import org.tributary.importing.control.statement.UnreadableRowException;
import org.tributary.importing.control.statement.UnreadableStatementException;

/**
 * Every statement reader, fed whatever Jazzer makes of the corpus (decision 43, docs/fuzzing.md): it reads the
 * file or says why not, with its own bad-input errors only, in bounded time and memory. The seeds are in {@code
 * StatementReadersFuzzTestInputs/<method>/} (bench/fuzz/seeds writes them from the corpus); in a plain build each
 * seed and each committed finding is replayed as one test.
 */
class StatementReadersFuzzTest {

    @FuzzTest
    void csv(byte[] file) {
        read(StatementFormat.CSV, file);
    }

    @FuzzTest
    void ofx(byte[] file) {
        read(StatementFormat.OFX, file);
    }

    @FuzzTest
    void camt(byte[] file) {
        read(StatementFormat.CAMT053, file);
    }

    @FuzzTest
    void mt940(byte[] file) {
        read(StatementFormat.MT940, file);
    }

    @FuzzTest
    void qif(byte[] file) {
        read(StatementFormat.QIF, file);
    }

    @FuzzTest
    void norma43(byte[] file) {
        read(StatementFormat.NORMA43, file);
    }

    @FuzzTest
    void bankJson(byte[] file) {
        read(StatementFormat.JSON, file);
    }

    /**
     * As an upload goes: the format told from the bytes (which never throws), the file read whole as the preview
     * does, and a CSV or a bank's JSON streamed as the import job reads it.
     */
    static void read(StatementFormat format, byte[] file) {
        FuzzBudget.check(
                format.name(),
                file.length,
                () -> {
                    StatementFormat.sniff(file);
                    StatementReaders.read(format, file, "EUR");
                    if (format == StatementFormat.CSV || format == StatementFormat.JSON) {
                        try (StatementStream rows = StatementReaders.source(format, file, "EUR", null)
                                .open()) {
                            while (rows.next() != null) {
                                // each row is read and dropped, as the import job does
                            }
                        }
                    }
                },
                UnreadableStatementException.class,
                UnreadableRowException.class,
                UnsupportedFormatException.class,
                TooManyRowsException.class);
    }
}
