package org.tributary.importing.control;

import org.tributary.importing.control.camt.CamtStatementReader;
import org.tributary.importing.control.csv.CsvMapping;
import org.tributary.importing.control.csv.CsvStatementReader;
import org.tributary.importing.control.csv.CsvStream;
import org.tributary.importing.control.json.BankJsonStatementReader;
import org.tributary.importing.control.json.BankJsonStream;
import org.tributary.importing.control.mt940.Mt940StatementReader;
import org.tributary.importing.control.norma43.Norma43StatementReader;
import org.tributary.importing.control.ofx.OfxStatementReader;
import org.tributary.importing.control.qif.QifStatementReader;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.StatementStream;

/** The one place that knows which reader reads which format. */
public final class StatementReaders {

    private StatementReaders() {}

    public static Statement read(StatementFormat format, byte[] content, String defaultCurrency) {
        return read(format, content, defaultCurrency, null);
    }

    /** @param mapping a CSV's column mapping given by the user (null: detect); other formats ignore it */
    public static Statement read(StatementFormat format, byte[] content, String defaultCurrency, CsvMapping mapping) {
        return readAsIs(format, content, defaultCurrency, mapping).withUniqueExternalIds();
    }

    /**
     * The file ready to be streamed: a CSV or a bank's JSON of any size row by row, in bounded memory; the other
     * formats, whose files are statements of one account for a period, read whole once.
     */
    public static StatementSource source(
            StatementFormat format, byte[] content, String defaultCurrency, CsvMapping mapping) {
        if (format == StatementFormat.CSV) {
            CsvStream found = CsvStatementReader.stream(content, defaultCurrency, mapping);
            found.close();
            return new StatementSource(found::reopen, lines(content));
        }
        if (format == StatementFormat.JSON) {
            BankJsonStream.Counted found = BankJsonStatementReader.stream(content, defaultCurrency);
            return new StatementSource(found.stream()::reopen, found.rows());
        }
        Statement statement = read(format, content, defaultCurrency, mapping);
        return new StatementSource(
                () -> StatementStream.of(statement), statement.rows().size());
    }

    /**
     * A file's rows once, in file order, each id as the file gives it: what an upload checks. A bank JSON is read
     * in bounded memory; the other formats whole.
     */
    public static StatementStream rows(StatementFormat format, byte[] content, String defaultCurrency) {
        return format == StatementFormat.JSON
                ? BankJsonStatementReader.rows(content, defaultCurrency)
                : StatementStream.of(readAsIs(format, content, defaultCurrency, null));
    }

    private static int lines(byte[] content) {
        int lines = 1;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static Statement readAsIs(
            StatementFormat format, byte[] content, String defaultCurrency, CsvMapping mapping) {
        return switch (format) {
            case CSV ->
                CsvStatementReader.read(content, defaultCurrency, mapping).toStatement();
            case MT940 -> Mt940StatementReader.read(content, defaultCurrency);
            case QIF -> QifStatementReader.read(content, defaultCurrency);
            case OFX -> OfxStatementReader.read(content, defaultCurrency);
            case CAMT053 -> CamtStatementReader.read(content, defaultCurrency);
            case NORMA43 -> Norma43StatementReader.read(content, defaultCurrency);
            case JSON -> BankJsonStatementReader.read(content, defaultCurrency);
        };
    }
}
