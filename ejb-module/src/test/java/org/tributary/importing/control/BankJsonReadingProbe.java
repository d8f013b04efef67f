package org.tributary.importing.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.StatementStream;

/**
 * Reads a bank JSON file as an upload and the import job do (the stream every partition reads, found once) and
 * prints how many rows and row errors it gave: run in a JVM of a small heap by {@link BankJsonBoundedMemoryTest},
 * and by hand for the figures of docs/security.md: {@code java -Xmx… -cp … BankJsonReadingProbe file [whole]}
 * ({@code whole}: the statement of all rows, as a preview reads it), {@code … BankJsonReadingProbe write file n}
 * writes a report of n transactions.
 */
public final class BankJsonReadingProbe {

    private BankJsonReadingProbe() {}

    public static void main(String[] args) throws IOException {
        if (args[0].equals("write")) {
            BankJsonBoundedMemoryTest.writeBerlinGroupReport(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        byte[] content = Files.readAllBytes(Path.of(args[0]));
        long start = System.nanoTime();
        if (args.length > 1 && args[1].equals("whole")) {
            int rows = StatementReaders.read(StatementFormat.JSON, content, "EUR")
                    .rows()
                    .size();
            System.out.println("rows=" + rows + " ms=" + (System.nanoTime() - start) / 1_000_000);
            return;
        }
        StatementSource source = StatementReaders.source(StatementFormat.JSON, content, "EUR", null);
        int rows = 0;
        try (StatementStream stream = source.open()) {
            for (ParsedRow row = stream.next(); row != null; row = stream.next()) {
                rows++;
            }
            System.out.println("rows=" + rows + " errors=" + stream.errorCount() + " estimated="
                    + source.estimatedRows() + " ms=" + (System.nanoTime() - start) / 1_000_000);
        }
    }
}
